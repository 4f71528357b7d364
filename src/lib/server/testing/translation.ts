// What the translators' round-trip tests share: a translator's tool filling every target. For tests only.

/** The XLIFF with each source's text followed by a target: `prefix` and the source. */
export const translateXliff = (xliff: string, prefix: string) =>
	xliff.replace(
		/<source>([^<]*)<\/source>/g,
		(_, text: string) => `<source>${text}</source><target>${prefix} ${text}</target>`
	);
export const bytes = (text: string) => new TextEncoder().encode(text);
export const text = (content: Uint8Array) => new TextDecoder().decode(content);
