// "Save offline copy": downloads the widget as one self-contained .html file (wasm, fonts and the
// campaign inside) that works from file:// with no network, and keeps its progress there.
mergeInto(LibraryManager.library, {
  cw_save_offline_copy__deps: ['free'],
  cw_save_offline_copy: function (campaignJsonPointer, fileNamePointer, builtinCampaign) {
    const campaignJson = UTF8ToString(campaignJsonPointer);
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
    };
    // A campaign the page loaded from a URL travels inside the file, as data the element reads. The
    // page's own code contains these very strings, so edits go by position: the element comes before
    // the scripts, the closing body tag after them.
    const withCampaign = (html, hasData) => {
      if (builtinCampaign || hasData) return html;
      const data = JSON.stringify(JSON.parse(campaignJson)).replace(/</g, '\\u003c');
      const element = '<campaign-widget id="widget"';
      const at = html.indexOf(element) + element.length;
      const end = html.lastIndexOf('</body>');
      return html.slice(0, at) + ' campaign="#campaign-data"' + html.slice(at, end) +
        '<script type="application/json" id="campaign-data">' + data + '</script>\n' + html.slice(end);
    };
    const failed = (error) => {
      const pointer = allocateUTF8(String((error && error.message) || error));
      _cw_offline_copy_failed(pointer);
      _free(pointer);
    };
    if (location.protocol === 'file:' || document.querySelector('meta[name="campaign-widget-offline"]')) {
      // This page is the offline copy: it is its own source.
      try {
        download(withCampaign('<!doctype html>\n' + document.documentElement.outerHTML, !!document.getElementById('campaign-data')));
      } catch (error) {
        failed(error);
      }
      return;
    }
    const offlineFile = scriptDirectory + 'campaign-widget-offline.html';
    fetch(offlineFile)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(offlineFile + ': HTTP ' + response.status))))
      .then((html) => download(withCampaign(html, false)))
      .catch(failed);
  },
});
