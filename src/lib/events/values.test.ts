import { describe, expect, it } from 'vitest';
import {
	eventKindEnum,
	participantCategoryEnum,
	registrationStatusEnum
} from '../server/db/schema/events.js';
import { eventKindValues, participantCategoryValues, registrationStatusValues } from './values.js';

describe('event lists', () => {
	it('match the database enums', () => {
		expect(eventKindValues).toEqual(eventKindEnum.enumValues);
		expect(participantCategoryValues).toEqual(participantCategoryEnum.enumValues);
		expect(registrationStatusValues).toEqual(registrationStatusEnum.enumValues);
	});
});
