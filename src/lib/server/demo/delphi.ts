// The MIG-H Delphi study (December 2017 – January 2018) as it could have run: a panel of ten experts
// in three stakeholder groups rating eleven statements over two rounds, the Brussels expert meeting
// of 31 January 2018 voting on what the rounds left open, and the training framework built from
// what the study accepted. People are the demo directory's fictional experts; ratings are made up
// to show every outcome (in, out, in after feedback, voted).
import { and, asc, eq } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { delphiParticipation, delphiRating } from '../db/schema/delphi.js';
import { person } from '../db/schema/directory.js';
import { event } from '../db/schema/events.js';
import { recordMeetingVote } from '../delphi/meeting.js';
import { addPanellists, listPanel } from '../delphi/panel.js';
import { studyResults } from '../delphi/results.js';
import { closeRound, openRound, statementsAsked } from '../delphi/rounds.js';
import { addDomain, addStatement, createStudy } from '../delphi/studies.js';
import { createFramework } from '../frameworks/frameworks.js';
import { publishFramework } from '../frameworks/publish-framework.js';
import { setComponentStatements } from '../frameworks/statements.js';
import { addComponent, addSection } from '../frameworks/structure.js';

/** How the panel rates a statement in rounds 1 and 2 (one rating per panellist, in panel order). */
const profiles = {
	agreed: [[7, 8, 9, 8, 7, 9, 8, 6, 9, 8]],
	rejected: [[2, 1, 3, 2, 1, 4, 2, 3, 1, 2]],
	convinced: [
		[5, 7, 8, 4, 9, 6, 7, 3, 8, 7],
		[7, 8, 8, 6, 9, 7, 7, 5, 8, 8]
	],
	divided: [
		[5, 6, 4, 7, 3, 8, 5, 6, 2, 7],
		[5, 6, 5, 7, 4, 7, 5, 6, 3, 7]
	]
} satisfies Record<string, number[][]>;

type Demo = {
	text: Localized;
	profile: keyof typeof profiles;
	meeting?: 'in' | 'out';
	/** The framework component it supports, when the study accepts it. */
	component?: keyof typeof components;
};

/** The MIG-H training framework built from what the study accepted: section → components. */
const components = {
	topics: { en: 'Core topics', fr: 'Thèmes essentiels', ar: 'المواضيع الأساسية' },
	rights: {
		en: 'Rights and access to care',
		fr: 'Droits et accès aux soins',
		ar: 'الحقوق والوصول إلى الرعاية'
	},
	trainers: {
		en: 'Who trains, and whom together',
		fr: 'Qui forme, et qui ensemble',
		ar: 'من يدرّب ومن يتدرّب معًا'
	},
	measuring: {
		en: 'Measuring learning and practice',
		fr: 'Mesurer les acquis et la pratique',
		ar: 'قياس التعلّم والممارسة'
	},
	certifying: { en: 'Certifying trainers', fr: 'Certifier les formateurs', ar: 'اعتماد المدرّبين' }
} satisfies Record<string, Localized>;

const sections: Array<{ title: Localized; components: Array<keyof typeof components> }> = [
	{ title: { en: 'Content', fr: 'Contenu', ar: 'المحتوى' }, components: ['topics', 'rights'] },
	{ title: { en: 'Delivery', fr: 'Mise en œuvre', ar: 'التنفيذ' }, components: ['trainers'] },
	{ title: { en: 'Evaluation', fr: 'Évaluation', ar: 'التقييم' }, components: ['measuring', 'certifying'] }
];

const domains: Array<{ title: Localized; statements: Demo[] }> = [
	{
		title: { en: 'Content of the training', fr: 'Contenu de la formation', ar: 'محتوى التدريب' },
		statements: [
			{
				profile: 'agreed',
				component: 'topics',
				text: {
					en: 'The training covers communicable diseases common along migration routes.',
					fr: 'La formation couvre les maladies transmissibles fréquentes sur les routes migratoires.'
				}
			},
			{
				profile: 'agreed',
				component: 'topics',
				text: {
					en: 'The training covers mental health and psychosocial support.',
					fr: 'La formation couvre la santé mentale et le soutien psychosocial.'
				}
			},
			{
				profile: 'convinced',
				component: 'rights',
				text: {
					en: 'The training explains migrants’ entitlements to health care in the host country.',
					fr: 'La formation explique les droits des migrants aux soins dans le pays d’accueil.'
				}
			},
			{
				profile: 'rejected',
				text: {
					en: 'A module on tropical diseases rarely seen in Europe is essential.',
					fr: 'Un module sur les maladies tropicales rares en Europe est indispensable.'
				}
			}
		]
	},
	{
		title: { en: 'Delivery', fr: 'Mise en œuvre', ar: 'التنفيذ' },
		statements: [
			{
				profile: 'divided',
				meeting: 'in',
				component: 'trainers',
				text: {
					en: 'Each training is given by a pair: a health professional and a cultural mediator.',
					fr: 'Chaque formation est donnée par un binôme : un professionnel de santé et un médiateur culturel.'
				}
			},
			{
				profile: 'divided',
				meeting: 'out',
				text: {
					en: 'Each training lasts at least three days.',
					fr: 'Chaque formation dure au moins trois jours.'
				}
			},
			{
				profile: 'convinced',
				component: 'trainers',
				text: {
					en: 'Police officers and health professionals are trained together.',
					fr: 'Policiers et professionnels de santé sont formés ensemble.'
				}
			},
			{
				profile: 'rejected',
				text: { en: 'E-learning alone is enough.', fr: 'L’apprentissage en ligne seul suffit.' }
			}
		]
	},
	{
		title: { en: 'Evaluation', fr: 'Évaluation', ar: 'التقييم' },
		statements: [
			{
				profile: 'agreed',
				component: 'measuring',
				text: {
					en: 'Participants take a knowledge test before and after the training.',
					fr: 'Les participants passent un test de connaissances avant et après la formation.'
				}
			},
			{
				profile: 'convinced',
				component: 'measuring',
				text: {
					en: 'A follow-up three months later measures changes in practice.',
					fr: 'Un suivi à trois mois mesure les changements de pratique.'
				}
			},
			{
				profile: 'divided',
				meeting: 'in',
				component: 'certifying',
				text: {
					en: 'Trainers are certified only after a supervised pilot training.',
					fr: 'Les formateurs ne sont certifiés qu’après une formation pilote supervisée.'
				}
			}
		]
	}
];

const groups = [
	'Academia and public-health schools',
	'Ministries and public-health institutes',
	'International organisations and NGOs'
];

/** Adds the study after the rest of the demo is stored (rounds close through the domain, outside its transaction). */
export async function createDemoDelphi(programmeId: string): Promise<void> {
	const [administrator] = await db()
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'admin@mhub.demo'));
	const actor: Actor = {
		kind: 'user',
		userId: administrator.id,
		name: 'Demo',
		email: 'admin@mhub.demo',
		grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
	};
	const { id: studyId } = await createStudy(actor, {
		programmeId,
		title: {
			en: 'MIG-H Delphi study: components of a migrant health training',
			fr: 'Étude Delphi MIG-H : composantes d’une formation en santé des migrants',
			ar: 'دراسة دلفي MIG-H: مكوّنات تدريب في صحة المهاجرين'
		},
		topic: {
			en: 'What a training package for health professionals and law enforcement officers must contain, how it is delivered and how it is evaluated.',
			fr: 'Ce que doit contenir un module de formation pour les professionnels de santé et les forces de l’ordre, comment il est dispensé et évalué.'
		},
		scale: 'nine',
		allowsUnableToRate: true,
		roundsPlanned: 2,
		rule: { kind: 'bands', inMinHigh: 70, inMaxLow: 15, outMinLow: 70, outMaxHigh: 15, minRated: 1 }
	});
	const plan = new Map<string, Demo>();
	for (const domain of domains) {
		const { id: domainId } = await addDomain(actor, studyId, { title: domain.title });
		for (const statement of domain.statements)
			plan.set((await addStatement(actor, studyId, { domainId, text: statement.text })).id, statement);
	}
	const experts = await db().select({ id: person.id }).from(person).orderBy(asc(person.fullName)).limit(10);
	for (const [index, group] of groups.entries())
		await addPanellists(actor, studyId, {
			personIds: experts.filter((_, i) => i % groups.length === index).map((expert) => expert.id),
			stakeholderGroup: group
		});
	const panel = await listPanel(actor, studyId);

	const rounds = [
		{ opensOn: '2017-12-11', closesOn: '2017-12-22', answering: panel.length - 1 },
		{ opensOn: '2018-01-08', closesOn: '2018-01-19', answering: panel.length - 2 }
	];
	for (const [index, dates] of rounds.entries()) {
		const round = await openRound(actor, studyId, dates);
		const asked = await statementsAsked(db(), studyId, round.number);
		const answering = panel.slice(0, dates.answering);
		const ratings = asked.flatMap(({ id }) => {
			const profile = profiles[plan.get(id)!.profile];
			const row = profile[Math.min(index, profile.length - 1)];
			return answering.map((panellist, p) => ({
				roundId: round.id,
				statementId: id,
				panellistId: panellist.id,
				rating: row[p]
			}));
		});
		await db().insert(delphiRating).values(ratings);
		await db()
			.insert(delphiParticipation)
			.values(
				answering.map((panellist) => ({
					roundId: round.id,
					panellistId: panellist.id,
					submittedAt: new Date(`${dates.closesOn}T12:00:00Z`)
				}))
			);
		await closeRound(actor, round.id);
	}

	const [meeting] = await db()
		.select({ id: event.id })
		.from(event)
		.where(and(eq(event.programmeId, programmeId), eq(event.kind, 'expert_meeting')));
	const results = await studyResults(actor, studyId);
	for (const statement of results.statements) {
		const decided = plan.get(statement.id)?.meeting;
		if (!decided || statement.settledBy === 'round') continue;
		await recordMeetingVote(actor, studyId, {
			statementId: statement.id,
			eventId: meeting?.id,
			heldOn: '2018-01-31',
			votesFor: decided === 'in' ? 14 : 3,
			votesAgainst: decided === 'in' ? 2 : 12,
			abstentions: 1,
			outcome: decided
		});
	}

	// The framework the study leads to, published as version 1.
	const { id: frameworkId } = await createFramework(actor, {
		programmeId,
		studyId,
		title: { en: 'MIG-H training framework', fr: 'Cadre de formation MIG-H', ar: 'إطار تدريب MIG-H' },
		summary: {
			en: 'What a training in migrant health contains, how it is delivered and how it is evaluated, as the MIG-H experts agreed.',
			fr: 'Ce que contient une formation en santé des migrants, comment elle est dispensée et évaluée, selon l’accord des experts MIG-H.'
		}
	});
	for (const section of sections) {
		const { id: sectionId } = await addSection(actor, frameworkId, { title: section.title });
		for (const key of section.components) {
			const { id: componentId } = await addComponent(actor, frameworkId, sectionId, {
				title: components[key]
			});
			const statementIds = [...plan].filter(([, demo]) => demo.component === key).map(([id]) => id);
			await setComponentStatements(actor, frameworkId, componentId, { statementIds });
		}
	}
	await publishFramework(actor, frameworkId);
}
