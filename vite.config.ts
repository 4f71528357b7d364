import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { workerModulesVite } from './scripts/worker-bundle.mjs';

// Separate build folders let several builds (a developer's e2e run, a benchmark) coexist.
const buildDir = process.env.MHUB_BUILD_DIR ?? 'build';

export default defineConfig({
	plugins: [
		workerModulesVite(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
			cookieMaxAge: 60 * 60 * 24 * 400
		}),
		sveltekit({
			adapter: adapter({ out: buildDir, precompress: true }),
			outDir: process.env.MHUB_KIT_DIR ?? '.svelte-kit',
			// frame-ancestors: no other site may frame MHub's pages and trick a click on a one-button form.
			// style-src-attr: the one inline style SvelteKit writes, on its route announcer for screen
			// readers (kit's runtime/components/root.svelte), which hides it from sight; allowed by its
			// hash only. An e2e test fails if a page logs any CSP violation (e.g. after a kit upgrade).
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'object-src': ['none'],
					'frame-ancestors': ['none'],
					'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=']
				}
			}
		})
	],
	test: {
		teardownTimeout: 1000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['src/**/*.db.test.ts'],
					globalSetup: ['src/lib/server/testing/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
