// Code that runs in a worker thread (untrusted uploads are read in one) is bundled whole into one
// script, imported by the code that starts the worker as the text of a virtual module. Vite (the
// app and the tests) and esbuild (the CLI) both resolve these modules through this file, so the
// worker is found wherever the code runs, with no file to locate at run time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Virtual module → the worker's entry file. */
export const workerModules = {
	'virtual:mhub-worker/table-file': 'src/lib/server/files/table-file-worker.ts'
};

/**
 * The worker's entry bundled with everything it imports, as a CommonJS script for
 * `new Worker(code, { eval: true })`, and the source files it was built from.
 * @param {string} id a key of workerModules
 * @returns {Promise<{ code: string, inputs: string[] }>}
 */
export async function bundleWorker(id) {
	const esbuild = await import('esbuild');
	const entry = path.join(root, workerModules[/** @type {keyof typeof workerModules} */ (id)]);
	const result = await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node24',
		write: false,
		metafile: true,
		minify: true,
		logLevel: 'warning'
	});
	return {
		code: result.outputFiles[0].text,
		inputs: Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input))
	};
}

/** The module's source: the worker's script as its default export. */
const moduleSource = (/** @type {string} */ code) => `export default ${JSON.stringify(code)};`;

/** @returns {import('vite').Plugin} */
export function workerModulesVite() {
	return {
		name: 'mhub-worker-modules',
		resolveId: (id) => (id in workerModules ? `\0${id}` : undefined),
		async load(id) {
			if (!id.startsWith('\0') || !(id.slice(1) in workerModules)) return undefined;
			const { code, inputs } = await bundleWorker(id.slice(1));
			for (const input of inputs) this.addWatchFile(input);
			return moduleSource(code);
		}
	};
}

/** @returns {import('esbuild').Plugin} */
export function workerModulesEsbuild() {
	return {
		name: 'mhub-worker-modules',
		setup(build) {
			const filter = new RegExp(`^(${Object.keys(workerModules).join('|')})$`);
			build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'mhub-worker' }));
			build.onLoad({ filter: /.*/, namespace: 'mhub-worker' }, async (args) => ({
				contents: moduleSource((await bundleWorker(args.path)).code),
				loader: 'js'
			}));
		}
	};
}
