// localStorage for the saved progress. Every call survives storage being blocked (a sandboxed iframe,
// privacy settings) or full: it answers "no" instead of throwing into the widget.
mergeInto(LibraryManager.library, {
  $cwStoredString__deps: ['$cwAllocateText'],
  $cwStoredString: function (text) {
    return text === null || text === undefined ? 0 : cwAllocateText(text);
  },

  cw_storage_available: function () {
    try {
      const probe = '__campaign_widget_probe__';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return 1;
    } catch (error) {
      return 0;
    }
  },

  // The stored text for key (to be freed by the caller), or 0 when there is none or storage is blocked.
  cw_storage_read__deps: ['$cwStoredString'],
  cw_storage_read: function (key) {
    try {
      return cwStoredString(window.localStorage.getItem(UTF8ToString(key)));
    } catch (error) {
      return 0;
    }
  },

  // Writes value under key, and the time of writing under key + ':saved-at' (milliseconds since 1970),
  // which an offline copy compares with the time of the progress it carries.
  cw_storage_write: function (key, value) {
    try {
      const name = UTF8ToString(key);
      window.localStorage.setItem(name, UTF8ToString(value));
      window.localStorage.setItem(name + ':saved-at', String(Date.now()));
      return 1;
    } catch (error) {
      return 0;
    }
  },

  // When key was last written by cw_storage_write; 0 when never (or by a widget from before the time was kept).
  cw_storage_saved_at: function (key) {
    try {
      return Number(window.localStorage.getItem(UTF8ToString(key) + ':saved-at')) || 0;
    } catch (error) {
      return 0;
    }
  },

  // Keeps a copy of value under a new backup key (key + ':backup:' + time) and returns that key, or 0.
  cw_storage_backup__deps: ['$cwStoredString'],
  cw_storage_backup: function (key, value) {
    try {
      const backupKey = UTF8ToString(key) + ':backup:' + new Date().toISOString();
      window.localStorage.setItem(backupKey, UTF8ToString(value));
      return cwStoredString(backupKey);
    } catch (error) {
      return 0;
    }
  },

  // Saves before the page goes away: hidden (tab switched, phone locked) or unloaded.
  cw_storage_on_page_hide: function () {
    const save = () => _cw_page_hidden();
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') save(); });
    window.addEventListener('pagehide', save);
  },
});
