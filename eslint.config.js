import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// Domain code (src/lib/server/<domain>/) imports no SvelteKit and no Paraglide: only the web edge
// (src/lib/server/web/), routes and hooks may.
const webOnly = {
	patterns: [
		{
			group: ['@sveltejs/kit', '@sveltejs/kit/*', '$app/*'],
			message: 'Domain code must not import SvelteKit.'
		},
		{
			group: ['**/paraglide/**', '#lib/paraglide/*'],
			message: 'Domain code must not import Paraglide: translate at the edge.'
		}
	]
};

// Go's rule for `internal/` folders: what is in one is imported only from the folder that holds it
// (and below), by relative path. So a domain keeps its helpers to itself, and everything outside
// internal/ is what it offers other domains on purpose.
const ownInternalsOnly = {
	regex: '^(?!(\\.\\.?/)+internal/).*(^|/)internal/',
	message: "Another folder's internal/ is private: import what its domain exports, outside internal/."
};

// A route imports from its own top-level folder only (src/routes/(group)/<feature>/ or src/routes/api/):
// a relative import that climbs out of it reaches another route's helpers, which belong in src/lib/.
// One block per depth below that folder, as the depth says how many `../` leave it.
const routeFolderOnly = Array.from({ length: 10 }, (_, depth) => ({
	files: [`src/routes/(*)/*/${'*/'.repeat(depth)}*`, `src/routes/[!(]*/${'*/'.repeat(depth)}*`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					ownInternalsOnly,
					{
						regex: `^(\\./)?(\\.\\./){${depth + 1}}`,
						message: "Routes do not import from other routes' folders: move shared code to src/lib/."
					}
				]
			}
		]
	}
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.tmp/',
			'data/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: { 'no-restricted-imports': ['error', { patterns: [ownInternalsOnly] }] }
	},
	{
		files: ['src/lib/server/**/*.ts', 'src/cli/**/*.ts'],
		ignores: ['src/lib/server/web/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...webOnly.patterns, ownInternalsOnly] }] }
	},
	...routeFolderOnly,
	{
		// Test fixtures (src/lib/server/testing/) never reach the app: only tests import them. A rule
		// of its own name, so that it adds to the no-restricted-imports boundaries instead of replacing them.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts', 'src/lib/server/testing/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)server/testing/|^(\\.\\.?/)+testing/',
							message: 'Test fixtures are for tests only (*.test.ts).'
						}
					]
				}
			]
		}
	},
	{
		// Environment variables are read in config.ts only, each declared once with what it is for.
		// (Setting one, for adapter-node or after the embedded server started, stays allowed.)
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/server/config.ts', 'src/**/*.test.ts', 'src/lib/server/testing/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"MemberExpression[object.object.name='process'][object.property.name='env']:not(AssignmentExpression[operator='='] > .left)",
					message: 'Read environment variables through config (src/lib/server/config.ts).'
				},
				{
					selector: "VariableDeclarator[init.object.name='process'][init.property.name='env']",
					message: 'Read environment variables through config (src/lib/server/config.ts).'
				}
			]
		}
	}
);
