// Demo events: MIG-H's expert meeting (Brussels, 31 January 2018), its Training of Trainers (Athens,
// March 2018) with two trainers from each of the ten countries, one in-country pilot per country
// (April–August 2018; Slovenia's: Ljubljana 29–31 May, 15 doctors, nurses and social workers, and a
// police session in Koper on 30 May with over 40 officers), IOM Morocco's 2nd Regional Winter School
// (Rabat, 14–16 March 2023, 50 participants from six countries) and an upcoming open webinar.
// Places and programmes are real; every person is fictional. The Slovenian titles and the winter
// school's Arabic description are translations made for the demo that no person has reviewed.
import { eq } from 'drizzle-orm';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { DbOrTx } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import {
	agendaItem,
	attendance,
	certificate,
	event,
	eventCategoryQuota,
	eventCountryQuota,
	eventFacilitator,
	eventTrainer,
	registration
} from '../db/schema/events.js';
import { newCertificateCode } from '../events/certificate-code.js';

type NewEvent = typeof event.$inferInsert;
type Profession = NonNullable<(typeof registration.$inferInsert)['profession']>;
type Category = NonNullable<(typeof registration.$inferInsert)['category']>;

/** Fictional given names and surnames per country, combined to make participants. */
const names: Record<string, [string[], string[]]> = {
	BG: [
		['Petya', 'Georgi', 'Desislava', 'Ivan'],
		['Dimitrova', 'Stoyanov', 'Koleva', 'Petrov']
	],
	HR: [
		['Ivana', 'Marko', 'Petra', 'Tomislav'],
		['Horvat', 'Babić', 'Jurić', 'Novak']
	],
	FR: [
		['Camille', 'Julien', 'Claire', 'Mehdi'],
		['Martin', 'Lefèvre', 'Bernard', 'Roux']
	],
	GR: [
		['Eleni', 'Nikos', 'Maria', 'Giorgos'],
		['Papadaki', 'Georgiou', 'Nikolaou', 'Vlachos']
	],
	IT: [
		['Giulia', 'Luca', 'Francesca', 'Marco'],
		['Rossi', 'Bianchi', 'Esposito', 'Ricci']
	],
	MT: [
		['Maria', 'Joseph', 'Rebecca', 'Karl'],
		['Borg', 'Camilleri', 'Vella', 'Farrugia']
	],
	NO: [
		['Ingrid', 'Lars', 'Kari', 'Ole'],
		['Hansen', 'Johansen', 'Olsen', 'Larsen']
	],
	RS: [
		['Jelena', 'Nemanja', 'Milica', 'Stefan'],
		['Jovanović', 'Petrović', 'Nikolić', 'Marković']
	],
	SI: [
		['Maja', 'Luka', 'Nina', 'Matej'],
		['Novak', 'Horvat', 'Kovačič', 'Krajnc']
	],
	ES: [
		['Lucía', 'Javier', 'Carmen', 'Pablo'],
		['García', 'Fernández', 'López', 'Martínez']
	],
	MA: [
		['Salma', 'Youssef', 'Khadija', 'Mehdi'],
		['Benali', 'El Idrissi', 'Alaoui', 'Tazi']
	],
	TN: [
		['Amira', 'Karim', 'Rim', 'Sami'],
		['Ben Salah', 'Trabelsi', 'Gharbi', 'Jaziri']
	],
	LY: [
		['Hana', 'Omar', 'Aisha', 'Ali'],
		['Al-Mabrouk', 'Zidan', 'El-Fituri', 'Ben Hamid']
	],
	EG: [
		['Nour', 'Ahmed', 'Mona', 'Tarek'],
		['Hassan', 'Mahmoud', 'Farouk', 'Saleh']
	],
	SD: [
		['Amna', 'Mohamed', 'Sara', 'Khalid'],
		['Osman', 'Abdelrahman', 'Babiker', 'Elamin']
	],
	YE: [
		['Huda', 'Abdullah', 'Fatima', 'Saleh'],
		['Al-Ahmadi', 'Al-Hakimi', 'Bamatraf', 'Al-Sakkaf']
	]
};

const slug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[^a-zA-Z ]/g, '')
		.toLowerCase()
		.trim()
		.replace(/\s+/g, '.');

type Person = { fullName: string; email: string; countryCode: string };

/** The n-th fictional person of a country: every combination of given name and surname, in turn. */
function personOf(countryCode: string, n: number, tag: string): Person {
	const [given, surnames] = names[countryCode];
	const first = given[n % given.length];
	const last = surnames[(n + Math.floor(n / given.length)) % surnames.length];
	const fullName = `${first} ${last}`;
	return { fullName, countryCode, email: `${slug(fullName)}.${tag}${n}@participants.example` };
}

const mighCountries = ['BG', 'HR', 'FR', 'GR', 'IT', 'MT', 'NO', 'RS', 'SI', 'ES'];

/** One pilot per MIG-H country, with its realistic size and the professions it reached. */
const pilots: {
	countryCode: string;
	city: string;
	startsOn: string;
	days: number;
	people: number;
	language: string;
	/** A pilot whose public page is written in its own language too: that language, then English. */
	ownLanguage?: { languages: ContentLocale[]; title: string };
}[] = [
	{ countryCode: 'BG', city: 'Sofia', startsOn: '2018-05-14', days: 2, people: 22, language: 'bg' },
	{ countryCode: 'HR', city: 'Zagreb', startsOn: '2018-06-04', days: 2, people: 18, language: 'hr' },
	{ countryCode: 'FR', city: 'Paris', startsOn: '2018-06-18', days: 2, people: 25, language: 'fr' },
	{ countryCode: 'GR', city: 'Athens', startsOn: '2018-04-23', days: 3, people: 30, language: 'el' },
	{ countryCode: 'IT', city: 'Rome', startsOn: '2018-05-07', days: 2, people: 28, language: 'it' },
	{ countryCode: 'MT', city: 'Valletta', startsOn: '2018-07-02', days: 2, people: 16, language: 'en' },
	{ countryCode: 'NO', city: 'Oslo', startsOn: '2018-06-11', days: 2, people: 20, language: 'no' },
	{ countryCode: 'RS', city: 'Belgrade', startsOn: '2018-07-09', days: 3, people: 24, language: 'sr' },
	{
		countryCode: 'SI',
		city: 'Ljubljana',
		startsOn: '2018-05-29',
		days: 3,
		people: 15,
		language: 'sl',
		ownLanguage: { languages: ['sl', 'en'], title: 'Pilotno usposabljanje MIG-H, Ljubljana' }
	},
	{ countryCode: 'ES', city: 'Madrid', startsOn: '2018-08-27', days: 2, people: 26, language: 'es' }
];

const pilotProfessions: Profession[] = [
	'physician',
	'nurse',
	'nurse',
	'social_worker',
	'psychologist',
	'cultural_mediator'
];

const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A day's agenda: sessions at fixed local hours (given as UTC offsets of the venue), with a break. */
function dayAgenda(
	eventId: string,
	date: string,
	utcOffset: string,
	sessions: Localized[]
): (typeof agendaItem.$inferInsert)[] {
	const slots = [
		['09:00', '10:30'],
		['11:00', '12:30'],
		['14:00', '15:30'],
		['16:00', '17:00']
	];
	const at = (time: string) => new Date(`${date}T${time}:00${utcOffset}`);
	const items: (typeof agendaItem.$inferInsert)[] = sessions.map((title, i) => ({
		eventId,
		startsAt: at(slots[i][0]),
		endsAt: at(slots[i][1]),
		title,
		isSession: true
	}));
	items.push({
		eventId,
		startsAt: at('10:30'),
		endsAt: at('11:00'),
		title: { en: 'Coffee break', fr: 'Pause café', ar: 'استراحة قهوة', sl: 'Odmor za kavo' },
		isSession: false
	});
	return items;
}

const migHSessions: Localized[][] = [
	[
		{
			en: 'Migration and health: concepts and figures',
			fr: 'Migration et santé : concepts et chiffres',
			sl: 'Migracije in zdravje: pojmi in številke'
		},
		{
			en: 'Communicable diseases along the migration route',
			fr: 'Maladies transmissibles au fil du parcours migratoire',
			sl: 'Nalezljive bolezni na migracijski poti'
		},
		{
			en: 'Screening and vaccination: what the evidence says',
			fr: 'Dépistage et vaccination : ce que disent les données',
			sl: 'Presejanje in cepljenje: kaj kažejo dokazi'
		}
	],
	[
		{
			en: 'Mental health and psychosocial needs of migrants',
			fr: 'Santé mentale et besoins psychosociaux des migrants',
			sl: 'Duševno zdravje in psihosocialne potrebe migrantov'
		},
		{
			en: 'Working with interpreters and cultural mediators',
			fr: 'Travailler avec des interprètes et des médiateurs culturels',
			sl: 'Delo s tolmači in kulturnimi mediatorji'
		},
		{
			en: 'Self-care for first-line professionals',
			fr: 'Prendre soin de soi en première ligne',
			sl: 'Skrb zase za strokovnjake na prvi liniji'
		}
	],
	[
		{
			en: 'Teaching the package: methods and practice rounds',
			fr: 'Enseigner le module : méthodes et mises en pratique'
		},
		{ en: 'Planning the pilot in your country', fr: 'Préparer le pilote dans votre pays' }
	]
];

const winterSchoolSessions: Localized[][] = [
	[
		{
			fr: 'Santé sexuelle et reproductive des migrants',
			en: 'Sexual and reproductive health of migrants',
			ar: 'الصحة الجنسية والإنجابية للمهاجرين'
		},
		{
			fr: 'Santé mentale et soutien psychosocial',
			en: 'Mental health and psychosocial support',
			ar: 'الصحة النفسية والدعم النفسي والاجتماعي'
		},
		{ fr: 'Protection sociale', en: 'Social protection', ar: 'الحماية الاجتماعية' }
	],
	[
		{
			fr: 'Couverture sanitaire des migrants',
			en: 'Health coverage for migrants',
			ar: 'التغطية الصحية للمهاجرين'
		},
		{
			fr: 'Vivre ensemble avec les migrants',
			en: 'Living together with migrants',
			ar: 'العيش المشترك مع المهاجرين'
		},
		{
			fr: 'Plan stratégique national santé et immigration 2021–2025',
			en: 'National Strategic Plan for Health and Immigration 2021–2025',
			ar: 'المخطط الاستراتيجي الوطني للصحة والهجرة 2021–2025'
		}
	],
	[
		{
			fr: 'L’impact de la COVID-19 sur la santé mentale et sexuelle des migrants',
			en: 'COVID-19’s impact on migrants’ mental and sexual and reproductive health',
			ar: 'أثر كوفيد-19 على الصحة النفسية والجنسية والإنجابية للمهاجرين'
		},
		{ fr: 'Travaux de groupe et restitution', en: 'Group work and report-back', ar: 'عمل جماعي وعرض النتائج' }
	]
];

type Registrant = Person & { profession: Profession; category: Category; locale?: string };

async function addEvent(
	tx: DbOrTx,
	values: NewEvent,
	registrants: Registrant[],
	agenda: (eventId: string) => (typeof agendaItem.$inferInsert)[]
) {
	const [row] = await tx.insert(event).values(values).returning({ id: event.id });
	const items = await tx.insert(agendaItem).values(agenda(row.id)).returning();
	const registrations =
		registrants.length === 0
			? []
			: await tx
					.insert(registration)
					.values(registrants.map((r) => ({ ...r, eventId: row.id, status: 'confirmed' as const })))
					.returning({ id: registration.id, countryCode: registration.countryCode });
	return { id: row.id, sessions: items.filter((item) => item.isSession), registrations };
}

/** Everyone attends every session, except every `missEvery`-th person, who misses `missed` of them. */
async function markAttendance(
	tx: DbOrTx,
	added: Awaited<ReturnType<typeof addEvent>>,
	missEvery: number,
	missed: number
): Promise<void> {
	const rows = added.registrations.flatMap((r, i) =>
		added.sessions
			.filter((_, s) => !(i % missEvery === missEvery - 1 && s < missed))
			.map((session) => ({ agendaItemId: session.id, registrationId: r.id }))
	);
	for (let i = 0; i < rows.length; i += 1000) await tx.insert(attendance).values(rows.slice(i, i + 1000));
}

/**
 * Adds the demo events; needs the demo programmes (ids by acronym) and accounts. The package version
 * is the MIG-H package's published version when the demo has one.
 */
export async function createDemoEvents(
	tx: DbOrTx,
	programmeIds: Record<string, string>,
	mighVersionId: string | null = null
): Promise<void> {
	const migh = programmeIds['MIG-H'];
	const [trainerAccount] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'trainer@mhub.demo'));

	const experts = mighCountries.map((code, i) => ({
		...personOf(code, i, 'expert'),
		profession: (['public_health_specialist', 'researcher', 'psychologist', 'physician'] as const)[i % 4],
		category: (i % 3 === 0 ? 'academic' : 'institution') as Category
	}));
	await addEvent(
		tx,
		{
			programmeId: migh,
			kind: 'expert_meeting',
			title: { en: 'MIG-H expert meeting', fr: 'Réunion d’experts MIG-H', ar: 'اجتماع خبراء MIG-H' },
			description: {
				en: 'Experts agree, after the Delphi study, on what the training package must contain.',
				fr: 'Après l’étude Delphi, les experts s’accordent sur le contenu du module de formation.'
			},
			startsOn: '2018-01-31',
			endsOn: '2018-01-31',
			timeZone: 'Europe/Brussels',
			venue: 'IOM Regional Office',
			city: 'Brussels',
			countryCode: 'BE',
			language: 'en',
			capacity: 30,
			isPublished: true
		},
		experts,
		(id) =>
			dayAgenda(id, '2018-01-31', '+01:00', [
				{ en: 'Delphi results: statements with consensus', fr: 'Résultats Delphi : énoncés consensuels' },
				{ en: 'Vote on the statements without consensus', fr: 'Vote sur les énoncés sans consensus' },
				{ en: 'Structure of the training package', fr: 'Structure du module de formation' }
			])
	);

	// The ToT: two trainers from each country, three days in Athens.
	const trainers: Registrant[] = mighCountries.flatMap((code) =>
		[0, 1].map((n) => ({
			...personOf(code, n, 'tot'),
			profession: (n === 0
				? 'physician'
				: code === 'SI' || code === 'IT'
					? 'law_enforcement_officer'
					: 'nurse') as Profession,
			category: 'institution' as Category
		}))
	);
	const tot = await addEvent(
		tx,
		{
			programmeId: migh,
			kind: 'training_of_trainers',
			title: {
				en: 'MIG-H Training of Trainers',
				fr: 'Formation de formateurs MIG-H',
				ar: 'تدريب المدربين MIG-H'
			},
			startsOn: '2018-03-12',
			endsOn: '2018-03-14',
			timeZone: 'Europe/Athens',
			venue: 'National School of Public Health',
			city: 'Athens',
			countryCode: 'GR',
			language: 'en',
			capacity: 24,
			packageVersionId: mighVersionId,
			isPublished: true,
			completionAttendancePercent: 80
		},
		trainers,
		(id) =>
			migHSessions.flatMap((sessions, day) => dayAgenda(id, addDays('2018-03-12', day), '+02:00', sessions))
	);
	// One trainer in ten misses three of the eight sessions and does not complete.
	await markAttendance(tx, tot, 10, 3);
	if (trainerAccount)
		await tx.insert(eventFacilitator).values({ eventId: tot.id, userId: trainerAccount.id });
	const completed = tot.registrations.filter((_, i) => i % 10 !== 9);
	const certificates = await tx
		.insert(certificate)
		.values(
			completed.map((r) => ({
				registrationId: r.id,
				code: newCertificateCode(),
				issuedAt: new Date('2018-03-14T16:00:00Z')
			}))
		)
		.returning({ id: certificate.id, registrationId: certificate.registrationId });
	const certificateOf = new Map(certificates.map((c) => [c.registrationId, c.id]));

	for (const pilot of pilots) {
		const participants: Registrant[] = Array.from({ length: pilot.people }, (_, n) => ({
			...personOf(pilot.countryCode, n, `pilot-${pilot.countryCode.toLowerCase()}-`),
			profession: pilotProfessions[n % pilotProfessions.length],
			category: (n % 4 === 3 ? 'civil_society' : 'institution') as Category
		}));
		const added = await addEvent(
			tx,
			{
				programmeId: migh,
				kind: 'pilot_training',
				title: {
					en: `MIG-H pilot training, ${pilot.city}`,
					fr: `Formation pilote MIG-H, ${pilot.city}`,
					...(pilot.ownLanguage && { [pilot.language]: pilot.ownLanguage.title })
				},
				...(pilot.ownLanguage && { languages: pilot.ownLanguage.languages }),
				startsOn: pilot.startsOn,
				endsOn: addDays(pilot.startsOn, pilot.days - 1),
				timeZone: 'Europe/Brussels',
				city: pilot.city,
				countryCode: pilot.countryCode,
				language: pilot.language,
				capacity: 40,
				packageVersionId: mighVersionId,
				totEventId: tot.id,
				isPublished: true
			},
			participants,
			(id) =>
				Array.from({ length: pilot.days }, (_, day) =>
					dayAgenda(id, addDays(pilot.startsOn, day), '+02:00', migHSessions[Math.min(day, 1)])
				).flat()
		);
		await markAttendance(tx, added, 7, 1);
		const countryTrainers = tot.registrations
			.filter((r) => r.countryCode === pilot.countryCode && certificateOf.has(r.id))
			.map((r) => ({ eventId: added.id, certificateId: certificateOf.get(r.id)! }));
		if (countryTrainers.length > 0) await tx.insert(eventTrainer).values(countryTrainers);
	}

	// Slovenia's police session in Koper: one day, over 40 officers, given by the Slovenian trainers.
	const koper = await addEvent(
		tx,
		{
			programmeId: migh,
			kind: 'pilot_training',
			title: { en: 'MIG-H session for police officers, Koper', fr: 'Session MIG-H pour policiers, Koper' },
			startsOn: '2018-05-30',
			endsOn: '2018-05-30',
			timeZone: 'Europe/Ljubljana',
			city: 'Koper',
			countryCode: 'SI',
			language: 'sl',
			packageVersionId: mighVersionId,
			totEventId: tot.id,
			isPublished: true
		},
		Array.from({ length: 42 }, (_, n) => ({
			...personOf('SI', n, 'koper-'),
			profession: 'law_enforcement_officer' as const,
			category: 'institution' as const
		})),
		(id) => dayAgenda(id, '2018-05-30', '+02:00', migHSessions[0].slice(0, 2))
	);
	const slovenianTrainers = tot.registrations.filter(
		(r) => r.countryCode === 'SI' && certificateOf.has(r.id)
	);
	if (slovenianTrainers.length > 0) {
		await tx
			.insert(eventTrainer)
			.values(slovenianTrainers.map((r) => ({ eventId: koper.id, certificateId: certificateOf.get(r.id)! })));
	}

	await createWinterSchool(tx, programmeIds['FHPVM']);
	await createOpenWebinar(tx, migh);
}

const schoolCategories: Category[] = [
	'academic',
	'researcher',
	'student',
	'institution',
	'social_worker',
	'international_organisation',
	'civil_society',
	'focal_point'
];
const schoolProfessions: Profession[] = [
	'researcher',
	'public_health_specialist',
	'physician',
	'social_worker',
	'policy_maker',
	'psychologist'
];

/** IOM Morocco's 2nd Regional Winter School: 50 participants from six countries, three days. */
async function createWinterSchool(tx: DbOrTx, programmeId: string): Promise<void> {
	const perCountry: Record<string, number> = { MA: 15, TN: 8, LY: 6, EG: 8, SD: 6, YE: 7 };
	const participants: Registrant[] = Object.entries(perCountry).flatMap(([code, count]) =>
		Array.from({ length: count }, (_, n) => ({
			...personOf(code, n, 'school-'),
			profession: schoolProfessions[n % schoolProfessions.length],
			category: schoolCategories[n % schoolCategories.length],
			locale: code === 'MA' || code === 'TN' ? 'fr' : 'ar'
		}))
	);
	const school = await addEvent(
		tx,
		{
			programmeId,
			kind: 'regional_school',
			title: {
				fr: '2e École régionale d’hiver sur la santé des migrants',
				en: '2nd Regional Winter School on migrant health',
				ar: 'المدرسة الشتوية الإقليمية الثانية حول صحة المهاجرين'
			},
			description: {
				fr: 'Avec l’École nationale de santé publique, l’OIM et la Direction de l’épidémiologie et de lutte contre les maladies.',
				en: 'With the National School of Public Health, IOM and the Directorate of Epidemiology and Disease Control.',
				ar: 'بالتعاون مع المدرسة الوطنية للصحة العمومية والمنظمة الدولية للهجرة ومديرية علم الأوبئة ومحاربة الأمراض.'
			},
			languages: ['fr', 'ar', 'en'],
			startsOn: '2023-03-14',
			endsOn: '2023-03-16',
			timeZone: 'Africa/Casablanca',
			venue: 'École nationale de santé publique (ENSP)',
			city: 'Rabat',
			countryCode: 'MA',
			language: 'fr',
			capacity: 50,
			isPublished: true
		},
		participants,
		(id) =>
			winterSchoolSessions.flatMap((sessions, day) =>
				dayAgenda(id, addDays('2023-03-14', day), '+01:00', sessions)
			)
	);
	await tx
		.insert(eventCountryQuota)
		.values(
			Object.entries(perCountry).map(([countryCode, places]) => ({ eventId: school.id, countryCode, places }))
		);
	await markAttendance(tx, school, 9, 2);
}

/** An upcoming online webinar, open for registration, with places kept per category. */
async function createOpenWebinar(tx: DbOrTx, programmeId: string): Promise<void> {
	const [webinar] = await tx
		.insert(event)
		.values({
			programmeId,
			kind: 'webinar',
			title: {
				en: 'Webinar: mental health of migrants in first-line services',
				fr: 'Webinaire : la santé mentale des migrants dans les services de première ligne',
				ar: 'ندوة عبر الإنترنت: الصحة النفسية للمهاجرين في خدمات الخط الأول'
			},
			startsOn: '2027-02-10',
			endsOn: '2027-02-10',
			timeZone: 'Europe/Brussels',
			isOnline: true,
			onlineUrl: 'https://meet.example.org/mig-h-webinar',
			language: 'en',
			capacity: 100,
			isPublished: true,
			registrationOpensAt: new Date('2026-11-01T00:00:00Z'),
			registrationClosesAt: new Date('2027-02-09T23:00:00Z')
		})
		.returning({ id: event.id });
	await tx.insert(agendaItem).values({
		eventId: webinar.id,
		startsAt: new Date('2027-02-10T14:00:00+01:00'),
		endsAt: new Date('2027-02-10T15:30:00+01:00'),
		title: {
			en: 'Mental health in first-line services',
			fr: 'Santé mentale en première ligne',
			ar: 'الصحة النفسية في الخط الأول'
		},
		isSession: true
	});
	await tx.insert(eventCategoryQuota).values([
		{ eventId: webinar.id, category: 'social_worker', places: 40 },
		{ eventId: webinar.id, category: 'international_organisation', places: 10 }
	]);
}
