// html-validate's recommended rules for every page in dist/ (tests/e2e/html-valid.test.ts).
// Each change below says why; everything else runs as recommended.
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Expressive Code (Starlight's code blocks) writes one <div> per line inside <code> and an
			// icon <div> inside its copy <button>. Browsers render both as intended and we cannot change
			// its markup, so these two parents accept <div>; every other content rule still applies.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
	rules: {
		// Astro writes void elements both ways (<meta …> and <link … />); both are valid HTML.
		'void-style': 'off',
		// Astro writes <!DOCTYPE html> on pages and <!doctype html> on redirect pages; HTML treats both alike.
		'doctype-style': 'off',
		// HTML allows any id without spaces; Starlight's "_top" anchor is valid (relaxed = the HTML rule).
		'valid-id': ['error', { relaxed: true }],
		// Style attributes come from Starlight and Expressive Code; each one is allowed by its exact
		// hash in the page's Content-Security-Policy (src/config/security/page-csp.ts).
		'no-inline-style': 'off',
		// A button's type only matters inside a <form>; Starlight's and Expressive Code's buttons are
		// outside any form, where the default type does nothing.
		'no-implicit-button-type': 'off',
		// Starlight renders its table of contents twice (phone and desktop layouts) and CSS shows one,
		// which a static validator cannot see. axe-core checks landmark uniqueness on what is displayed,
		// on every page (tests/e2e/a11y.test.ts).
		'unique-landmark': 'off',
		// Expressive Code names its copy buttons with `title`, which this rule does not count; axe-core's
		// button-name rule computes the full accessible name of every button (tests/e2e/a11y.test.ts).
		'text-content': 'off',
		// Starlight's tabs use role="presentation", which ARIA 1.2 defines as the same as role="none".
		'presentation-role-style': 'off',
		// A diagram's scrolling frame is a labelled region for keyboard scrolling inside a <figure>,
		// not a section of the document outline. The search dialog's results are an ARIA combobox
		// listbox of links grouped by page, which no native element (<select> holds no links) provides.
		'prefer-native-element': ['error', { exclude: ['region', 'listbox'] }],
	},
};
