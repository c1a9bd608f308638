<?php
/**
 * Plugin Name:       Campaign Checklist Widget
 * Description:       A checklist for social-media post campaigns in your posts: the [campaign_widget] shortcode and the "Campaign checklist" block. Readers research the project, write their post and see it checked as they type.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       campaign-widget
 * Domain Path:       /languages
 *
 * The widget's files are served from this plugin's own folder (widget/), with their integrity hashes, and
 * only on the pages that show a widget. A person's progress stays in their own browser: the plugin keeps
 * nothing in the site's database.
 */

defined( 'ABSPATH' ) || exit;

define( 'CAMPAIGN_WIDGET_FILE', __FILE__ );
define( 'CAMPAIGN_WIDGET_SCRIPT', 'campaign-widget' );
define( 'CAMPAIGN_WIDGET_EDITOR_SCRIPT', 'campaign-widget-editor' );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/block.php';

/**
 * What the release build wrote about the widget's files: version, the script's integrity hash, the
 * campaigns it ships, the "loading" line in each language (includes/release.php, generated).
 */
function campaign_widget_release() {
	static $release = null;
	if ( null === $release ) {
		$release = require __DIR__ . '/includes/release.php';
	}
	return $release;
}

function campaign_widget_init() {
	load_plugin_textdomain( 'campaign-widget', false, dirname( plugin_basename( CAMPAIGN_WIDGET_FILE ) ) . '/languages' );
	$release = campaign_widget_release();
	// In the footer: the element's "loading" line shows until the script defines it.
	wp_register_script( CAMPAIGN_WIDGET_SCRIPT, plugins_url( 'widget/campaign-widget.js', CAMPAIGN_WIDGET_FILE ), array(), $release['version'], true );
	// Says in the page why the widget did not load, if its script is refused (see widget/explainer.js).
	$explainer = file_get_contents( __DIR__ . '/widget/explainer.js' );
	if ( false !== $explainer ) {
		wp_add_inline_script( CAMPAIGN_WIDGET_SCRIPT, $explainer, 'before' );
	}
	add_shortcode( 'campaign_widget', 'campaign_widget_shortcode' );
	campaign_widget_register_block();
}
add_action( 'init', 'campaign_widget_init' );

/**
 * The widget's <script> carries its SRI hash: the browser runs it only if its bytes are the released ones,
 * and the script checks the .wasm beside it the same way.
 */
function campaign_widget_script_tag( $tag, $handle ) {
	if ( CAMPAIGN_WIDGET_SCRIPT !== $handle ) {
		return $tag;
	}
	$release    = campaign_widget_release();
	$attributes = sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $release['script_integrity'] ) );
	// The tag may hold the inline explainer before it: only the <script> with a src gets the hash.
	return preg_replace( '/<script\b(?=[^>]*\ssrc=)/', '<script' . $attributes, $tag, 1 );
}
add_filter( 'script_loader_tag', 'campaign_widget_script_tag', 10, 2 );

/** [campaign_widget campaign="obol" lang="zh" view="text" height="600px"] */
function campaign_widget_shortcode( $attributes ) {
	$attributes = shortcode_atts( campaign_widget_default_attributes(), is_array( $attributes ) ? $attributes : array(), 'campaign_widget' );
	return campaign_widget_markup( $attributes );
}
