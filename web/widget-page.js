// The full page's widget is window.campaignWidget, the handle scripts and tests use.
'use strict';
window.campaignWidget = document.getElementById('widget');
