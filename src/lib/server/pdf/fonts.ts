// The fonts MHub writes PDFs with: Noto Sans for Latin text and Noto Naskh Arabic for Arabic, both
// under the SIL Open Font License, installed from npm. Resolving them as packages (not as files
// beside this module) finds them the same way in development, in tests and in the built app, whose
// server and CLI bundles leave node_modules outside.
import { createRequire } from 'node:module';
import type { Script } from './bidi.js';

const require = createRequire(import.meta.url);

export type Weight = 'regular' | 'bold';

const files: Record<Script, Record<Weight, string>> = {
	latin: {
		regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
		bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
	},
	arabic: {
		regular: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
		bold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
	}
};

/** The name a document registers a face under, and the file it reads it from. */
export const fontFaces = (Object.keys(files) as Script[]).flatMap((script) =>
	(Object.keys(files[script]) as Weight[]).map((weight) => ({
		name: faceName(script, weight),
		path: require.resolve(files[script][weight])
	}))
);

export function faceName(script: Script, weight: Weight): string {
	return `${script}-${weight}`;
}
