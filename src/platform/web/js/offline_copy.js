// "Save offline copy": downloads the widget as one self-contained .html file (wasm, fonts and the
// campaign inside) that works from file:// with no network, and keeps its progress there. It carries the
// person's progress of the moment it was saved, which it starts from (src/platform/web/saved_progress.cpp).
mergeInto(LibraryManager.library, {
  cw_save_offline_copy__deps: ['free'],
  cw_save_offline_copy: function (campaignJsonPointer, progressJsonPointer, fileNamePointer, builtinCampaign) {
    const campaignJson = UTF8ToString(campaignJsonPointer);
    const progressJson = UTF8ToString(progressJsonPointer);
    const fileName = UTF8ToString(fileNamePointer);
    const download = (html) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      _cw_offline_copy_saved();
    };
    // JSON inside a <script> element: "<" escaped, so no text in it can close the element.
    const scriptData = (id, json, attributes) => '<script type="application/json" id="' + id + '"' + attributes + '>' +
      JSON.stringify(JSON.parse(json)).replace(/</g, '\\u003c') + '</script>\n';
    // A campaign the page loaded from a URL, and the person's progress of this moment (with the time it
    // was saved), travel inside the file as data the element reads. The page's own code contains these
    // very strings, so edits go by position: the element comes before the scripts, the closing body tag
    // after them.
    const withData = (html, hasCampaignData) => {
      const element = '<campaign-widget id="widget"';
      const at = html.indexOf(element) + element.length;
      const end = html.lastIndexOf('</body>');
      const addCampaign = !builtinCampaign && !hasCampaignData;
      return html.slice(0, at) + (addCampaign ? ' campaign="#campaign-data"' : '') + ' progress="#campaign-progress"' +
        html.slice(at, end) + (addCampaign ? scriptData('campaign-data', campaignJson, '') : '') +
        scriptData('campaign-progress', progressJson, ' data-saved-at="' + Date.now() + '"') + html.slice(end);
    };
    const failed = (error) => {
      const pointer = allocateUTF8(String((error && error.message) || error));
      _cw_offline_copy_failed(pointer);
      _free(pointer);
    };
    if (location.protocol === 'file:' || document.querySelector('meta[name="campaign-widget-offline"]')) {
      // This page is the offline copy: it is its own source.
      try {
        // Its progress of the moment replaces the one it carried; the element's attribute is added anew.
        const page = document.documentElement.cloneNode(true);
        const carried = page.querySelector('#campaign-progress');
        if (carried) carried.remove();
        const element = page.querySelector('campaign-widget#widget');
        if (element) element.removeAttribute('progress');
        download(withData('<!doctype html>\n' + page.outerHTML, !!document.getElementById('campaign-data')));
      } catch (error) {
        failed(error);
      }
      return;
    }
    const offlineFile = scriptDirectory + 'campaign-widget-offline.html';
    fetch(offlineFile)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(offlineFile + ': HTTP ' + response.status))))
      .then((html) => download(withData(html, false)))
      .catch(failed);
  },
});
