<?php
/**
 * Deleting the plugin from the admin's Plugins screen runs this file.
 *
 * The plugin keeps nothing in the site's database: no options, no tables, no files outside its folder, which
 * WordPress removes. A reader's progress is in their own browser's storage, theirs to keep. Posts keep the
 * [campaign_widget] shortcodes and blocks their authors wrote; with the plugin gone, the blocks show nothing
 * and the shortcodes show as text until they are removed or the plugin comes back.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
