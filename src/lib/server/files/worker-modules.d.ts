// Worker scripts bundled as text at build time (scripts/worker-bundle.mjs).
declare module 'virtual:mhub-worker/table-file' {
	const code: string;
	export default code;
}
