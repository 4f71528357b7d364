import { describe, expect, it } from 'vitest';
import { audienceEnum, editionEnum, methodEnum } from '../server/db/schema/curriculum.js';
import { sniffableTypes } from '../server/files/sniff.js';
import { audienceValues, editionValues, materialFileTypes, methodValues } from './values.js';

describe('curriculum lists', () => {
	it('match the database enums', () => {
		expect(audienceValues).toEqual(audienceEnum.enumValues);
		expect(editionValues).toEqual(editionEnum.enumValues);
		expect(methodValues).toEqual(methodEnum.enumValues);
	});

	it('accept only file types the server can recognise from their content', () => {
		const recognised: string[] = Object.values(sniffableTypes);
		for (const type of materialFileTypes) expect(recognised).toContain(type.mediaType);
	});
});
