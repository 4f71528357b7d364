// Reads a gzip'd JSON-lines file one line at a time, so a backup never has to fit in memory.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BackupError } from './format.js';

/** Why zlib or the file system gave up, in the operator's terms. */
function explain(file: string, error: Error & { code?: string }): BackupError {
	if (error.code === 'ENOENT') return new BackupError(`There is no file ${file}.`);
	if (error.code === 'EISDIR') return new BackupError(`${file} is a folder, not a backup file.`);
	if (error.code === 'Z_BUF_ERROR') {
		return new BackupError(`The backup ${file} is truncated: the file ends before the backup does.`);
	}
	if (error.code?.startsWith('Z_')) {
		return new BackupError(`${file} is not an MHub backup, or it is damaged (${error.message}).`);
	}
	return new BackupError(`Cannot read ${file}: ${error.message}`);
}

/** The file's lines, without their line breaks. Throws a BackupError if it is not intact gzip. */
export async function* readLines(file: string): AsyncGenerator<string> {
	const source = createReadStream(file);
	const gunzip = createGunzip();
	source.on('error', (error) => gunzip.destroy(error));
	source.pipe(gunzip);
	const decoder = new StringDecoder('utf8');
	// The current line's pieces: a row holding a large file spans many chunks, and searching only the
	// new chunk for the line break keeps reading it linear.
	let pieces: string[] = [];
	try {
		for await (const chunk of gunzip as AsyncIterable<Buffer>) {
			const text = decoder.write(chunk);
			let start = 0;
			for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
				pieces.push(text.slice(start, end));
				yield pieces.join('');
				pieces = [];
				start = end + 1;
			}
			if (start < text.length) pieces.push(text.slice(start));
		}
	} catch (error) {
		throw explain(file, error as Error);
	} finally {
		source.destroy();
		gunzip.destroy();
	}
	const last = pieces.join('') + decoder.end();
	if (last !== '') yield last;
}
