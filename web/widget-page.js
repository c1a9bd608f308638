// The full page's widget is window.campaignWidget, the handle scripts and tests use; the page speaks
// its language (page-language.js).
'use strict';
window.campaignWidget = document.getElementById('widget');
window.followWidgetLanguage(window.campaignWidget);
