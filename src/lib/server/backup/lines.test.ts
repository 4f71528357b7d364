import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thrownBy } from '../testing/fixtures.js';
import { BackupError } from './format.js';
import { readLines } from './lines.js';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'mhub-lines-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function fileWith(name: string, content: Buffer): Promise<string> {
	const file = path.join(dir, name);
	await writeFile(file, content);
	return file;
}

async function readAll(file: string): Promise<string[]> {
	const lines: string[] = [];
	for await (const line of readLines(file)) lines.push(line);
	return lines;
}

const refusal = async (file: string) => (await thrownBy(readAll(file), BackupError)).message;

describe('readLines', () => {
	it('gives back every line, long ones and multi-byte characters across chunks included', async () => {
		const long = `{"content":"${'\\x00ff'.repeat(200_000)}"}`;
		const lines = ['{"a":1}', long, '{"name":"المنظمة الدولية للهجرة – Κατερίνα"}', '{}'];
		const file = await fileWith('lines.jsonl.gz', gzipSync(lines.map((line) => `${line}\n`).join('')));
		expect(await readAll(file)).toEqual(lines);
	});

	it('keeps a last line that has no line break', async () => {
		const file = await fileWith('last.jsonl.gz', gzipSync('{"a":1}\n{"b":2}'));
		expect(await readAll(file)).toEqual(['{"a":1}', '{"b":2}']);
	});

	it('refuses a truncated file', async () => {
		const whole = gzipSync(Array.from({ length: 2000 }, (_, i) => `{"row":${i}}\n`).join(''));
		const file = await fileWith('cut.jsonl.gz', whole.subarray(0, Math.floor(whole.length / 2)));
		expect(await refusal(file)).toMatch(/is truncated/);
	});

	it('refuses a file that is not gzip, or gzip that is damaged', async () => {
		const plain = await fileWith('plain.sql', Buffer.from('-- PostgreSQL database dump\n'));
		expect(await refusal(plain)).toMatch(/is not an MHub backup, or it is damaged/);
		const whole = gzipSync('{"a":1}\n'.repeat(100));
		whole[whole.length - 6] ^= 0xff; // the CRC at the end no longer matches
		expect(await refusal(await fileWith('flipped.jsonl.gz', whole))).toMatch(/damaged/);
	});

	it('says when there is no such file', async () => {
		expect(await refusal(path.join(dir, 'missing.jsonl.gz'))).toMatch(/There is no file/);
	});
});
