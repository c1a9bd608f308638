<?php
/**
 * The "Campaign checklist" block: the shortcode's settings in the editor's sidebar. The block is dynamic: it
 * saves only its settings (<!-- wp:campaign-widget/checklist {"campaign":"obol"} /-->) and the page is made
 * by the same code as the shortcode's, so the two never differ and a new release changes both.
 */

defined( 'ABSPATH' ) || exit;

function campaign_widget_register_block() {
	$release = campaign_widget_release();
	wp_register_script(
		CAMPAIGN_WIDGET_EDITOR_SCRIPT,
		plugins_url( 'block/editor.js', CAMPAIGN_WIDGET_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		$release['version'],
		true
	);
	// The editor's words, in the admin's language (languages/*.po), and the campaigns the plugin ships.
	$editor = array(
		'campaigns'       => $release['campaigns'],
		'siteLanguage'    => campaign_widget_language( get_locale() ) ?? 'en',
		'settings'        => __( 'Checklist settings', 'campaign-widget' ),
		'campaign'        => __( 'Campaign', 'campaign-widget' ),
		'otherCampaign'   => __( 'Another campaign, by address', 'campaign-widget' ),
		'campaignAddress' => __( 'Address of the campaign file', 'campaign-widget' ),
		'language'        => __( 'Language', 'campaign-widget' ),
		/* translators: %s: the widget's language for the site's locale (zh, zh-Hant or en) */
		'siteDefault'     => __( 'The site’s language (%s)', 'campaign-widget' ),
		'zh'              => __( 'Chinese (Simplified)', 'campaign-widget' ),
		'zh-Hant'         => __( 'Chinese (Traditional)', 'campaign-widget' ),
		'en'              => __( 'English', 'campaign-widget' ),
		'view'            => __( 'View', 'campaign-widget' ),
		'drawn'           => __( 'Drawn (the widget)', 'campaign-widget' ),
		'text'            => __( 'Text (plain HTML)', 'campaign-widget' ),
		'height'          => __( 'Height', 'campaign-widget' ),
		'heightHelp'      => __( 'A number with px, em, rem or vh, such as 600px or 80vh.', 'campaign-widget' ),
		'heightPattern'   => CAMPAIGN_WIDGET_HEIGHT_PATTERN,
		'heightProblem'   => campaign_widget_height_problem(),
		'preview'         => __( 'The checklist appears here on the published page.', 'campaign-widget' ),
	);
	wp_add_inline_script( CAMPAIGN_WIDGET_EDITOR_SCRIPT, 'window.campaignWidgetEditor = ' . wp_json_encode( $editor ) . ';', 'before' );

	register_block_type(
		dirname( __DIR__ ) . '/block',
		array( 'render_callback' => 'campaign_widget_render_block' )
	);
}

function campaign_widget_render_block( $attributes ) {
	return campaign_widget_markup( $attributes, get_block_wrapper_attributes() );
}
