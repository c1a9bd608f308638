<?php
/**
 * The widget's settings as an author writes them (shortcode attributes, the block's sidebar) checked and
 * made into the element's attributes. An author's value is never written into the page as given: each is
 * matched against what it may be, and one that matches nothing becomes a problem to show the author.
 */

defined( 'ABSPATH' ) || exit;

function campaign_widget_default_attributes() {
	return array(
		'campaign' => 'obol',
		'lang'     => '',
		'view'     => '',
		'height'   => '600px',
	);
}

/**
 * The widget's language for a language tag or a WordPress locale (zh, zh-CN, zh_TW, en-GB, …): zh, zh-Hant
 * or en; null for a language the widget does not speak.
 */
function campaign_widget_language( $tag ) {
	$tag = strtolower( str_replace( '_', '-', trim( (string) $tag ) ) );
	if ( preg_match( '/^zh-(hant|tw|hk|mo)(-|$)/', $tag ) ) {
		return 'zh-Hant';
	}
	if ( preg_match( '/^zh(-|$)/', $tag ) ) {
		return 'zh';
	}
	if ( preg_match( '/^en(-|$)/', $tag ) ) {
		return 'en';
	}
	return null;
}

/**
 * The address of the campaign file: a campaign the plugin ships, by its name, or the address of a
 * campaign file (http, https, or a path on this site); null when it is neither.
 */
function campaign_widget_campaign_url( $campaign, $shipped ) {
	$campaign = trim( (string) $campaign );
	if ( in_array( $campaign, $shipped, true ) ) {
		return plugins_url( 'widget/campaigns/' . $campaign . '.json', CAMPAIGN_WIDGET_FILE );
	}
	if ( preg_match( '#^/[^/\\\\]#', $campaign ) ) {
		return esc_url_raw( $campaign );
	}
	$scheme = wp_parse_url( $campaign, PHP_URL_SCHEME );
	$host   = wp_parse_url( $campaign, PHP_URL_HOST );
	if ( in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) && ! empty( $host ) ) {
		$url = esc_url_raw( $campaign, array( 'http', 'https' ) );
		return '' === $url ? null : $url;
	}
	return null;
}

/**
 * A CSS length the element's height may be: a number and px, em, rem or vh, e.g. 600px, 40em, 80vh. The
 * pattern is also the block editor's (includes/block.php), which names a bad height as it is typed.
 */
define( 'CAMPAIGN_WIDGET_HEIGHT_PATTERN', '^(?!0+(\.0+)?[a-z])\d{1,4}(\.\d{1,2})?(px|em|rem|vh|svh|dvh)$' );

function campaign_widget_height( $height ) {
	$height = strtolower( trim( (string) $height ) );
	return preg_match( '/' . CAMPAIGN_WIDGET_HEIGHT_PATTERN . '/', $height ) ? $height : null;
}

/** What an author is told about a height the widget cannot take (%s: the height), on the page and in the editor. */
function campaign_widget_height_problem() {
	/* translators: %s: the height the author wrote */
	return __( 'The height “%s” is not one the widget can take. Use a number with px, em, rem or vh, such as 600px or 80vh.', 'campaign-widget' );
}

/**
 * Checks an author's settings. Returns array( 'element' => the element's attributes, 'problems' => what is
 * wrong, as sentences for the author ). The element's attributes are only to be used when there are no
 * problems; they are checked but not yet escaped for HTML (campaign_widget_markup does that).
 */
function campaign_widget_settings( $attributes ) {
	$release  = campaign_widget_release();
	$shipped  = $release['campaigns'];
	$problems = array();
	$element  = array();

	$campaign = isset( $attributes['campaign'] ) && '' !== trim( (string) $attributes['campaign'] ) ? $attributes['campaign'] : 'obol';
	$url      = campaign_widget_campaign_url( $campaign, $shipped );
	if ( null === $url ) {
		/* translators: 1: the campaign the author wrote, 2: the names of the campaigns the plugin ships */
		$problems[] = sprintf( __( 'There is no campaign called “%1$s”. Use one of %2$s, or the address of a campaign file (https://…).', 'campaign-widget' ), $campaign, implode( ', ', $shipped ) );
	} else {
		$element['campaign'] = $url;
	}

	$lang = isset( $attributes['lang'] ) ? trim( (string) $attributes['lang'] ) : '';
	if ( '' === $lang ) {
		$element['lang'] = campaign_widget_language( get_locale() ) ?? 'en';
	} elseif ( null === campaign_widget_language( $lang ) ) {
		/* translators: %s: the language the author wrote */
		$problems[] = sprintf( __( 'The widget does not speak “%s”. Use zh, zh-Hant or en, or leave lang out for the site’s language.', 'campaign-widget' ), $lang );
	} else {
		$element['lang'] = campaign_widget_language( $lang );
	}

	$view = isset( $attributes['view'] ) ? strtolower( trim( (string) $attributes['view'] ) ) : '';
	if ( 'text' === $view ) {
		$element['view'] = 'text';
	} elseif ( '' !== $view && 'drawn' !== $view ) {
		/* translators: %s: the view the author wrote */
		$problems[] = sprintf( __( 'There is no view called “%s”. Use drawn (the default) or text.', 'campaign-widget' ), $attributes['view'] );
	}

	$height = isset( $attributes['height'] ) && '' !== trim( (string) $attributes['height'] ) ? $attributes['height'] : '600px';
	if ( null === campaign_widget_height( $height ) ) {
		$problems[] = sprintf( campaign_widget_height_problem(), $height );
	} else {
		$element['height'] = campaign_widget_height( $height );
	}

	return array(
		'element'  => $element,
		'problems' => $problems,
	);
}
