// The "Campaign checklist" block in the block editor: its settings in the sidebar, a placeholder in the
// post. The widget itself is drawn on the published page only (includes/block.php renders it there), so
// the editor loads none of its files. Plain script on WordPress's own packages: no build step.
( function ( wp, words ) {
	'use strict';
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var TextControl = wp.components.TextControl;
	var Placeholder = wp.components.Placeholder;
	var BY_ADDRESS = '';

	function isShipped( campaign ) {
		return words.campaigns.indexOf( campaign ) !== -1;
	}

	// A height the widget cannot take, named where the author typed it (the published page would show
	// readers nothing there, and the author a notice): the server's own pattern and sentence.
	function heightProblem( height ) {
		var value = ( height || '' ).trim().toLowerCase();
		if ( value === '' || new RegExp( words.heightPattern ).test( value ) ) {
			return null;
		}
		return el( 'p', {
			className: 'campaign-widget-notice',
			role: 'alert',
			style: { border: '2px solid #d63638', padding: '0.5em 0.75em' },
		}, words.heightProblem.replace( '%s', height ) );
	}

	function settingsPanel( attributes, setAttributes ) {
		var shipped = isShipped( attributes.campaign );
		var campaignOptions = words.campaigns.map( function ( name ) {
			return { value: name, label: name };
		} );
		campaignOptions.push( { value: BY_ADDRESS, label: words.otherCampaign } );
		var languageOptions = [ { value: '', label: words.siteDefault.replace( '%s', words[ words.siteLanguage ] ) } ]
			.concat( [ 'zh', 'zh-Hant', 'en' ].map( function ( tag ) {
				return { value: tag, label: words[ tag ] };
			} ) );
		return el( PanelBody, { title: words.settings },
			el( SelectControl, {
				label: words.campaign,
				value: shipped ? attributes.campaign : BY_ADDRESS,
				options: campaignOptions,
				onChange: function ( value ) { setAttributes( { campaign: value } ); },
			} ),
			shipped ? null : el( TextControl, {
				label: words.campaignAddress,
				type: 'url',
				value: attributes.campaign,
				onChange: function ( value ) { setAttributes( { campaign: value } ); },
			} ),
			el( SelectControl, {
				label: words.language,
				value: attributes.lang,
				options: languageOptions,
				onChange: function ( value ) { setAttributes( { lang: value } ); },
			} ),
			el( SelectControl, {
				label: words.view,
				value: attributes.view === 'text' ? 'text' : '',
				options: [ { value: '', label: words.drawn }, { value: 'text', label: words.text } ],
				onChange: function ( value ) { setAttributes( { view: value } ); },
			} ),
			el( TextControl, {
				label: words.height,
				help: words.heightHelp,
				value: attributes.height,
				onChange: function ( value ) { setAttributes( { height: value } ); },
			} )
		);
	}

	wp.blocks.registerBlockType( 'campaign-widget/checklist', {
		edit: function ( props ) {
			var attributes = props.attributes;
			var language = attributes.lang ? words[ attributes.lang ] || attributes.lang : words.siteDefault.replace( '%s', words[ words.siteLanguage ] );
			return el( wp.element.Fragment, null,
				el( InspectorControls, null, settingsPanel( attributes, props.setAttributes ) ),
				el( 'div', useBlockProps(),
					el( Placeholder, {
						icon: 'yes-alt',
						label: wp.blocks.getBlockType( 'campaign-widget/checklist' ).title,
						instructions: words.preview,
					},
					el( 'p', null, words.campaign + ': ' + ( attributes.campaign || 'obol' ) + ' · ' + words.language + ': ' + language +
						' · ' + words.height + ': ' + attributes.height ),
					heightProblem( attributes.height )
					)
				)
			);
		},
		// Dynamic: the page is made on the server from the saved settings.
		save: function () { return null; },
	} );
} )( window.wp, window.campaignWidgetEditor );
