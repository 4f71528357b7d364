import { describe, expect, it } from 'vitest';
import type { RegistrationNews } from '../server/events/registration/news.js';
import { formatDateRange } from '../i18n/dates.js';
import { registrationMail } from './registration-mail.js';

const news: RegistrationNews = {
	registrationId: '22222222-2222-4222-8222-222222222222',
	eventId: '11111111-1111-4111-8111-111111111111',
	alreadyRegistered: false,
	locale: 'en',
	status: 'waitlisted',
	reason: 'country_quota_full',
	event: {
		title: { en: 'Regional school on migrant health', fr: 'École régionale sur la santé des migrants' },
		startsOn: '2026-05-12',
		endsOn: '2026-05-14'
	}
};
const compose = registrationMail((path) => `https://mhub.example.org${path}`);

describe('registration mail', () => {
	it('tells the status, the reason, the event and both links, and nothing typed in the form', () => {
		const mail = compose(news);
		expect(mail.subject).toBe('On the wait-list: Regional school on migrant health');
		expect(mail.text).toBe(
			[
				'Hello,',
				'',
				'You are on the wait-list. We will write to you if a place becomes free.',
				'Reason: the places kept for your country are all taken.',
				'',
				`Event: Regional school on migrant health, ${formatDateRange('2026-05-12', '2026-05-14', 'en')}`,
				'The event, its agenda and calendar: https://mhub.example.org/e/11111111-1111-4111-8111-111111111111',
				'Your registration: https://mhub.example.org/e/11111111-1111-4111-8111-111111111111/registrations/22222222-2222-4222-8222-222222222222'
			].join('\n')
		);
	});

	it('is written in the registrant’s language, whatever the reader’s, with the title in it when there is one', () => {
		const french = compose({ ...news, locale: 'fr', status: 'confirmed', reason: null });
		expect(french.subject).toBe('Inscription confirmée : École régionale sur la santé des migrants');
		expect(french.text).toContain('Bonjour,\n\nVous êtes inscrit·e : votre place est confirmée.\n\n');
		expect(french.text).not.toContain('Motif');

		const arabic = compose({ ...news, locale: 'ar', status: 'declined', reason: 'not_eligible' });
		expect(arabic.subject).toBe('رفض التسجيل: Regional school on migrant health');
		expect(arabic.text).toContain('السبب: لا تستوفي شروط هذه الفعالية.');
	});

	it('tells an address registered again that nothing changed, with the registration as it is', () => {
		const mail = compose({ ...news, alreadyRegistered: true, status: 'confirmed', reason: null });
		expect(mail.subject).toBe('Already registered: Regional school on migrant health');
		expect(mail.text).toContain(
			'Hello,\n\nThe registration form was sent again with this email address, which is already registered for this event: nothing has changed. Your registration as it stands:\nYou are registered: your place is confirmed.\n'
		);
		expect(mail.text).toContain('/registrations/22222222-2222-4222-8222-222222222222');
	});
});
