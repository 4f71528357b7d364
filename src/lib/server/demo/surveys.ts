// Demo surveys: the MIG-H mapping survey (the programme's first step: which training packages and
// experts exist), open, with a public link, a few personal invitations and answers from several
// countries; a feedback form for the Slovenia pilot in Slovenian and English; and a short migrant
// questionnaire in Dari and Tigrinya. Fictional respondents; the Slovenian, Dari and Tigrinya texts
// are machine translations no person has reviewed, and the two small surveys say so to their readers.
// Written straight into the tables inside the demo transaction.
import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SurveyDefinitionSchema, type Answers } from '../../surveys/definition.js';
import type { ContentLocale } from '../../i18n/content-languages.js';
import type { DbOrTx } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { survey, surveyInvitation, surveyResponse } from '../db/schema/surveys.js';

const token = () => randomBytes(32).toString('base64url');

const mappingDefinition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'about',
			title: { en: 'About you', fr: 'À propos de vous', ar: 'عنك' },
			questions: [
				{
					name: 'country',
					type: 'country',
					label: { en: 'Country where you work', fr: 'Pays où vous travaillez', ar: 'البلد الذي تعمل فيه' },
					required: true
				},
				{
					name: 'sector',
					type: 'single_choice',
					label: { en: 'Your organisation is', fr: 'Votre organisation est', ar: 'مؤسستك' },
					required: true,
					allowOther: true,
					choices: [
						{ value: 'ministry', label: { en: 'A ministry', fr: 'Un ministère', ar: 'وزارة' } },
						{ value: 'university', label: { en: 'A university', fr: 'Une université', ar: 'جامعة' } },
						{ value: 'ngo', label: { en: 'An NGO', fr: 'Une ONG', ar: 'منظمة غير حكومية' } }
					]
				}
			]
		},
		{
			name: 'training',
			title: {
				en: 'Training on migrant health',
				fr: 'Formation en santé des migrants',
				ar: 'التدريب على صحة المهاجرين'
			},
			questions: [
				{
					name: 'has_package',
					type: 'yes_no',
					label: {
						en: 'Does your organisation run a training on migrant health?',
						fr: 'Votre organisation propose-t-elle une formation en santé des migrants ?',
						ar: 'هل تقدم مؤسستك تدريبًا على صحة المهاجرين؟'
					},
					required: true
				},
				{
					name: 'package_name',
					type: 'short_text',
					label: { en: 'Its name', fr: 'Son nom', ar: 'اسمه' },
					showIf: [{ question: 'has_package', operator: 'equals', value: 'yes' }]
				},
				{
					name: 'topics',
					type: 'multiple_choice',
					label: { en: 'Topics it covers', fr: 'Thèmes abordés', ar: 'المواضيع التي يغطيها' },
					showIf: [{ question: 'has_package', operator: 'equals', value: 'yes' }],
					choices: [
						{
							value: 'access',
							label: { en: 'Access to care', fr: 'Accès aux soins', ar: 'الوصول إلى الرعاية' }
						},
						{ value: 'mental', label: { en: 'Mental health', fr: 'Santé mentale', ar: 'الصحة النفسية' } },
						{
							value: 'culture',
							label: { en: 'Cultural competence', fr: 'Compétence culturelle', ar: 'الكفاءة الثقافية' }
						}
					]
				},
				{
					name: 'need',
					type: 'rating',
					label: {
						en: 'How much do health workers in your country need such a training?',
						fr: 'Dans quelle mesure les soignants de votre pays ont-ils besoin d’une telle formation ?',
						ar: 'ما مدى حاجة العاملين الصحيين في بلدك إلى هذا التدريب؟'
					},
					required: true,
					scale: {
						min: 1,
						max: 5,
						minLabel: { en: 'Not at all', fr: 'Pas du tout', ar: 'إطلاقًا' },
						maxLabel: { en: 'Very much', fr: 'Beaucoup', ar: 'كثيرًا' }
					}
				}
			]
		}
	]
});

const answers: { country: string; language: string; answers: Answers }[] = [
	{
		country: 'GR',
		language: 'en',
		answers: {
			country: 'GR',
			sector: 'ministry',
			has_package: 'yes',
			package_name: 'Caring for refugees',
			topics: ['access', 'culture'],
			need: 5
		}
	},
	{
		country: 'IT',
		language: 'en',
		answers: { country: 'IT', sector: 'university', has_package: 'no', need: 4 }
	},
	{
		country: 'MT',
		language: 'en',
		answers: {
			country: 'MT',
			sector: 'ngo',
			has_package: 'yes',
			package_name: 'Health at the border',
			topics: ['mental'],
			need: 4
		}
	},
	{
		country: 'MA',
		language: 'fr',
		answers: { country: 'MA', sector: 'ministry', has_package: 'no', need: 5 }
	},
	{
		country: 'TN',
		language: 'ar',
		answers: {
			country: 'TN',
			sector: 'university',
			has_package: 'yes',
			package_name: 'الصحة والهجرة',
			topics: ['access'],
			need: 3
		}
	}
];

/** What the two surveys in other languages tell their readers before anything else. */
const machineTranslated = {
	en: 'A demonstration survey of MHub. Its translations were made by machine and no person has reviewed them.'
};

/** The Slovenia pilot's feedback form (Ljubljana, May 2018): Slovenian first, then English. */
const sloveniaFeedback = {
	title: {
		sl: 'Pilotno usposabljanje v Ljubljani: vaše mnenje',
		en: 'The Ljubljana pilot training: your opinion'
	},
	languages: ['sl', 'en'] as ContentLocale[],
	definition: SurveyDefinitionSchema.parse({
		sections: [
			{
				name: 'training',
				title: { sl: 'Usposabljanje', en: 'The training' },
				questions: [
					{
						name: 'satisfied',
						type: 'rating',
						label: {
							sl: 'Kako ste zadovoljni z usposabljanjem?',
							en: 'How satisfied are you with the training?'
						},
						required: true,
						scale: {
							min: 1,
							max: 5,
							minLabel: { sl: 'Sploh ne', en: 'Not at all' },
							maxLabel: { sl: 'Zelo', en: 'Very' }
						}
					},
					{
						name: 'improve',
						type: 'long_text',
						label: { sl: 'Kaj bi izboljšali?', en: 'What would you improve?' }
					}
				]
			}
		]
	})
};

/** A short questionnaire for newly arrived families, in Dari (fa-AF) and Tigrinya (ti), and English. */
const familiesQuestionnaire = {
	title: {
		'fa-AF': 'صحت خانواده‌های تازه‌وارد',
		ti: 'ጥዕና ሓደሽቲ ዝመጹ ስድራቤታት',
		en: 'Health of newly arrived families'
	},
	languages: ['fa-AF', 'ti', 'en'] as ContentLocale[],
	definition: SurveyDefinitionSchema.parse({
		sections: [
			{
				name: 'health',
				title: { 'fa-AF': 'صحت شما', ti: 'ጥዕናኹም', en: 'Your health' },
				questions: [
					{
						name: 'age',
						type: 'number',
						label: { 'fa-AF': 'چند سال دارید؟', ti: 'ዕድመኹም ክንደይ እዩ?', en: 'How old are you?' },
						required: true
					},
					{
						name: 'needs_care',
						type: 'yes_no',
						label: {
							'fa-AF': 'آیا اکنون مشکل صحی دارید که به مراقبت نیاز دارد؟',
							ti: 'ሕጂ ሕክምና ዘድልዮ ናይ ጥዕና ጸገም ኣለኩም ድዩ?',
							en: 'Do you have a health problem that needs care now?'
						},
						required: true
					},
					{
						name: 'knows_where',
						type: 'yes_no',
						label: {
							'fa-AF': 'آیا می‌دانید وقتی مریض می‌شوید به کجا بروید؟',
							ti: 'ክትሓሙ ከለኹም ናበይ ከም እትኸዱ ትፈልጡ ዶ?',
							en: 'Do you know where to go when you are ill?'
						}
					}
				]
			}
		]
	})
};

/** Creates the demo surveys in the given programmes (keyed by acronym, as createDemoProgrammes returns them). */
export async function loadDemoSurveys(tx: DbOrTx, programmeIds: Record<string, string>): Promise<void> {
	const programmeId = programmeIds['MIG-H'];
	if (!programmeId) return;
	const [coordinator] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'coordinator@mhub.demo'));
	const opensAt = new Date(Date.now() - 14 * 24 * 3600 * 1000);
	const closesAt = new Date(Date.now() + 60 * 24 * 3600 * 1000);
	const [{ id: surveyId }] = await tx
		.insert(survey)
		.values({
			programmeId,
			title: {
				en: 'Mapping of migrant health training',
				fr: 'Cartographie des formations en santé des migrants',
				ar: 'حصر التدريب على صحة المهاجرين'
			},
			introduction: {
				en: 'Ten minutes: which trainings on migrant health exist where you work, and what is missing.',
				fr: 'Dix minutes : quelles formations en santé des migrants existent là où vous travaillez, et ce qui manque.',
				ar: 'عشر دقائق: ما التدريبات على صحة المهاجرين الموجودة حيث تعمل، وما الذي ينقص.'
			},
			definition: mappingDefinition,
			languages: ['en', 'fr', 'ar'],
			opensAt,
			closesAt,
			publicToken: token(),
			createdBy: coordinator?.id ?? null
		})
		.returning({ id: survey.id });
	const invitations = await tx
		.insert(surveyInvitation)
		.values(
			[
				{
					name: 'Eleni Papadopoulou',
					email: 'eleni.p@example.org',
					groupLabel: 'ministries',
					countryCode: 'GR',
					language: 'en'
				},
				{
					name: 'Youssef Benali',
					email: 'y.benali@example.org',
					groupLabel: 'ministries',
					countryCode: 'MA',
					language: 'fr'
				},
				{
					name: 'Amira Haddad',
					email: 'amira.h@example.org',
					groupLabel: 'universities',
					countryCode: 'TN',
					language: 'ar'
				}
			].map((invitation) => ({ ...invitation, surveyId, token: token(), sentAt: opensAt }))
		)
		.returning({ id: surveyInvitation.id, countryCode: surveyInvitation.countryCode });
	const invitationOf = (country: string) =>
		invitations.find((invitation) => invitation.countryCode === country)?.id ?? null;
	await tx.insert(surveyResponse).values(
		answers.map((response) => ({
			surveyId,
			invitationId: invitationOf(response.country),
			submissionKey: randomUUID(),
			status: 'complete' as const,
			answers: response.answers,
			language: response.language,
			countryCode: response.country,
			submittedAt: new Date(opensAt.getTime() + 3 * 24 * 3600 * 1000)
		}))
	);
	await tx.insert(survey).values(
		[sloveniaFeedback, familiesQuestionnaire].map((demo) => ({
			programmeId,
			...demo,
			introduction: machineTranslated,
			opensAt,
			closesAt,
			publicToken: token(),
			createdBy: coordinator?.id ?? null
		}))
	);
}
