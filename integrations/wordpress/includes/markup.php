<?php
/**
 * The widget in a page: the <campaign-widget> element with its "loading" line, and its script enqueued for
 * this page only. Settings with a problem give no widget: the post's authors see a notice saying what to
 * change, and readers see nothing.
 */

defined( 'ABSPATH' ) || exit;

function campaign_widget_markup( $attributes, $wrapper_attributes = '' ) {
	$settings = campaign_widget_settings( $attributes );
	if ( ! empty( $settings['problems'] ) ) {
		return campaign_widget_notice( $settings['problems'], $wrapper_attributes );
	}
	$element = $settings['element'];
	$release = campaign_widget_release();
	wp_enqueue_script( CAMPAIGN_WIDGET_SCRIPT );

	$html = '<campaign-widget';
	$html .= ' campaign="' . esc_url( $element['campaign'] ) . '"';
	$html .= ' lang="' . esc_attr( $element['lang'] ) . '"';
	$html .= ' height="' . esc_attr( $element['height'] ) . '"';
	if ( isset( $element['view'] ) ) {
		$html .= ' view="' . esc_attr( $element['view'] ) . '"';
	}
	// Its box while the script loads, so the page does not jump when the widget appears.
	$html .= ' style="display:block;height:' . esc_attr( $element['height'] ) . '">';
	$html .= '<span data-campaign-widget-status role="status">' . esc_html( $release['loading'][ $element['lang'] ] ) . '</span>';
	$html .= '</campaign-widget>';
	return '' === $wrapper_attributes ? $html : '<div ' . $wrapper_attributes . '>' . $html . '</div>';
}

function campaign_widget_notice( $problems, $wrapper_attributes ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$html = '<div class="campaign-widget-notice" role="note" style="border:2px solid #d63638;padding:0.75em 1em;margin:1em 0">';
	$html .= '<strong>' . esc_html__( 'The campaign checklist cannot be shown:', 'campaign-widget' ) . '</strong>';
	$html .= '<ul style="margin:0.5em 0">';
	foreach ( $problems as $problem ) {
		$html .= '<li>' . esc_html( $problem ) . '</li>';
	}
	$html .= '</ul><em>' . esc_html__( 'Only people who can edit posts see this notice; readers see nothing in its place.', 'campaign-widget' ) . '</em></div>';
	return '' === $wrapper_attributes ? $html : '<div ' . $wrapper_attributes . '>' . $html . '</div>';
}
