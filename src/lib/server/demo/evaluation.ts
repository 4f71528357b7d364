// Demo evaluation of the MIG-H pilot trainings (ten countries): a knowledge test of demo items
// tagged with the package's modules, an anonymous satisfaction questionnaire, each event's plan
// (pre, post with a pass mark of 70 %, satisfaction, follow-ups at +90 and +180 days) and invented
// results entered as from paper (see evaluation-figures.ts). The items are placeholders, not MIG-H's
// test, and the figures are invented; both instruments say so to their readers.
import { and, asc, eq, inArray, max, min, sql } from 'drizzle-orm';
import { cascadeKinds } from '../../events/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { Phase } from '../../evaluation/values.js';
import { SurveyDefinitionSchema, type Answers, type SurveyDefinition } from '../../surveys/definition.js';
import type { Tx } from '../db/client.js';
import { packageModule, trainingPackage } from '../db/schema/curriculum.js';
import { evaluationPhase, evaluationReceipt, evaluationSubmission } from '../db/schema/evaluation.js';
import { agendaItem, event, registration } from '../db/schema/events.js';
import { survey } from '../db/schema/surveys.js';
import { defaultWindow } from '../evaluation/plan.js';
import { recordResults, versionOf, type PhaseToRecord, type ResultToRecord } from '../evaluation/record.js';
import { demoTrainingFigures, type DemoAttempt, type DemoItem } from './evaluation-figures.js';
import { seededRandom } from './seeded-random.js';

const passMarkPercent = 70;
const followUpDays = [90, 180];
const itemsPerModule = 10;
const letters = ['a', 'b', 'c', 'd'];

const demoNotice: Localized = {
	en: 'A demonstration instrument of MHub: its items are placeholders, not the MIG-H test, and its answers are invented.',
	fr: 'Un instrument de démonstration de MHub : ses items sont fictifs, ce n’est pas le test MIG-H, et ses réponses sont inventées.'
};

/** Satisfaction questions (1–5) and how far each sits from a person's overall satisfaction. */
const ratingQuestions: { name: string; shift: number; label: Localized }[] = [
	{
		name: 'overall',
		shift: 0,
		label: {
			en: 'Overall, how satisfied are you with the training?',
			fr: 'Dans l’ensemble, êtes-vous satisfait de la formation ?'
		}
	},
	{
		name: 'relevance',
		shift: 0.1,
		label: { en: 'How relevant is it to your work?', fr: 'Est-elle utile pour votre travail ?' }
	},
	{
		name: 'trainers',
		shift: 0.15,
		label: { en: 'How clear were the trainers?', fr: 'Les formateurs étaient-ils clairs ?' }
	},
	{
		name: 'materials',
		shift: -0.3,
		label: { en: 'How useful are the materials?', fr: 'Les supports sont-ils utiles ?' }
	},
	{
		name: 'organisation',
		shift: -0.2,
		label: { en: 'How well was it organised?', fr: 'L’organisation était-elle bonne ?' }
	},
	{
		name: 'confidence',
		shift: -0.25,
		label: {
			en: 'How confident are you to apply what you learnt?',
			fr: 'Vous sentez-vous capable d’appliquer ce que vous avez appris ?'
		}
	}
];

const satisfactionDefinition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'training',
			title: { en: 'The training', fr: 'La formation' },
			questions: ratingQuestions.map(({ name, label }) => ({
				name,
				type: 'rating',
				label,
				required: true,
				scale: {
					min: 1,
					max: 5,
					minLabel: { en: 'Not at all', fr: 'Pas du tout' },
					maxLabel: { en: 'Very much', fr: 'Tout à fait' }
				}
			}))
		}
	]
});

type DemoTestItem = DemoItem & { correct: string };

/**
 * The demo knowledge test: ten one-mark items per package module, tagged with the module's English
 * title. Their easiness before and after the training is drawn once; item 4 is answered by chance
 * (it discriminates badly), item 9 is too easy and item 17 too hard, so the item analysis flags them.
 */
export function demoKnowledgeTest(modules: readonly { position: number; title: Localized }[]): {
	definition: SurveyDefinition;
	items: DemoTestItem[];
} {
	const random = seededRandom('MHub demo knowledge test');
	const items: DemoTestItem[] = [];
	const questions = modules.flatMap((module, m) =>
		Array.from({ length: itemsPerModule }, () => {
			const n = items.length + 1;
			const pre = 0.7 * random.normal();
			// The second module's items teach less: the per-module gain shows it.
			const item: DemoTestItem = {
				name: `item_${n}`,
				pre,
				post: pre + (m === 0 ? 0.9 : 0.45) + 0.3 * random.normal(),
				correct: letters[Math.floor(random.next() * letters.length)]
			};
			if (n === 4) item.guess = 0.55;
			if (n === 9) Object.assign(item, { pre: 3, post: 3.2 });
			if (n === 17) Object.assign(item, { pre: -2.5, post: -2 });
			items.push(item);
			return {
				name: item.name,
				type: 'single_choice',
				label: {
					en: `Demo item ${n} (module ${module.position}: ${module.title.en})`,
					fr: `Item de démonstration ${n} (module ${module.position} : ${module.title.fr ?? module.title.en})`
				},
				required: true,
				choices: letters.map((letter) => ({
					value: letter,
					label: { en: `Answer ${letter.toUpperCase()}`, fr: `Réponse ${letter.toUpperCase()}` }
				})),
				marks: 1,
				correct: item.correct,
				module: module.title.en
			};
		})
	);
	const definition = SurveyDefinitionSchema.parse({
		sections: [{ name: 'test', title: { en: 'Demo items', fr: 'Items de démonstration' }, questions }]
	});
	return { definition, items };
}

/** The answers that earn these marks: the right choice, or the next one. */
function answersOf(items: readonly DemoTestItem[], earned: Record<string, number>): Answers {
	return Object.fromEntries(
		items.map((item) => [
			item.name,
			earned[item.name] ? item.correct : letters[(letters.indexOf(item.correct) + 1) % letters.length]
		])
	);
}

/** The programme's trainings that ended long enough ago for their post-test to have closed. */
async function trainingsToEvaluate(tx: Tx, programmeId: string, now: Date) {
	const held = await tx
		.select({
			id: event.id,
			city: event.city,
			countryCode: event.countryCode,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			timeZone: event.timeZone,
			firstSession: min(agendaItem.startsAt),
			lastSession: max(agendaItem.startsAt)
		})
		.from(event)
		.leftJoin(agendaItem, and(eq(agendaItem.eventId, event.id), eq(agendaItem.isSession, true)))
		.where(and(eq(event.programmeId, programmeId), inArray(event.kind, [...cascadeKinds])))
		.groupBy(event.id)
		.orderBy(asc(event.startsOn), asc(event.city));
	return held.filter((training) => defaultWindow('post', 0, training, now).closesAt < now);
}

/**
 * Adds the demo evaluation to the programme's past pilot and rollout trainings; needs the demo
 * package (its modules tag the items) and events. Figures are the same on every load.
 */
export async function createDemoEvaluation(tx: Tx, programmeId: string, now = new Date()): Promise<void> {
	const modules = await tx
		.select({ position: packageModule.position, title: packageModule.title })
		.from(packageModule)
		.innerJoin(trainingPackage, eq(trainingPackage.id, packageModule.packageId))
		.where(eq(trainingPackage.programmeId, programmeId))
		.orderBy(asc(packageModule.position));
	if (modules.length === 0) throw new Error('The demo package must be loaded before the demo evaluation.');
	const test = demoKnowledgeTest(modules);
	const [testSurvey, satisfactionSurvey] = await tx
		.insert(survey)
		.values([
			{
				programmeId,
				title: {
					en: 'Demo knowledge test: MIG-H training package',
					fr: 'Test de connaissances de démonstration : module MIG-H'
				},
				introduction: demoNotice,
				definition: test.definition,
				languages: ['en', 'fr']
			},
			{
				programmeId,
				title: {
					en: 'Demo satisfaction questionnaire: MIG-H trainings',
					fr: 'Questionnaire de satisfaction de démonstration : formations MIG-H'
				},
				introduction: demoNotice,
				definition: satisfactionDefinition,
				languages: ['en', 'fr']
			}
		])
		.returning({ id: survey.id });

	const trainings = await trainingsToEvaluate(tx, programmeId, now);
	if (trainings.length === 0) return;
	const planned = trainings.flatMap((training) => {
		const phase = (kind: Phase, offsetDays = 0) => ({
			eventId: training.id,
			phase: kind,
			offsetDays,
			surveyId: kind === 'satisfaction' ? satisfactionSurvey.id : testSurvey.id,
			...defaultWindow(kind, offsetDays, training, now),
			passMarkPercent: kind === 'post' ? passMarkPercent : null,
			anonymous: kind === 'satisfaction'
		});
		return [
			phase('pre'),
			phase('post'),
			phase('satisfaction'),
			...followUpDays.map((days) => phase('follow_up', days)).filter((row) => row.closesAt < now)
		];
	});
	const phases = await tx.insert(evaluationPhase).values(planned).returning();
	const people = await tx
		.select({
			id: registration.id,
			eventId: registration.eventId,
			countryCode: registration.countryCode,
			profession: registration.profession
		})
		.from(registration)
		.where(
			and(
				inArray(
					registration.eventId,
					trainings.map((training) => training.id)
				),
				eq(registration.status, 'confirmed')
			)
		)
		.orderBy(asc(registration.email));

	const satisfactionVersion = await versionOf(satisfactionSurvey.id, satisfactionDefinition, tx);
	const anonymous: (typeof evaluationSubmission.$inferInsert)[] = [];
	const receipts: (typeof evaluationReceipt.$inferInsert)[] = [];
	for (const training of trainings) {
		const participants = people.filter((person) => person.eventId === training.id);
		const phaseOf = (kind: Phase, offsetDays = 0) =>
			phases.find((p) => p.eventId === training.id && p.phase === kind && p.offsetDays === offsetDays);
		const figures = demoTrainingFigures(
			seededRandom(`MHub demo evaluation ${training.countryCode} ${training.city} ${training.startsOn}`),
			{
				people: participants.length,
				items: test.items,
				passMarkPercent,
				followUpDays: followUpDays.filter((days) => phaseOf('follow_up', days)),
				ratings: ratingQuestions
			}
		);
		const record = async (kind: Phase, offsetDays: number, attempts: DemoAttempt[]) => {
			const phase = phaseOf(kind, offsetDays)!;
			const toRecord: PhaseToRecord = { ...phase, definition: test.definition };
			// One call per attempt: a person's second attempt is a result of its own.
			for (const attempt of [1, 2]) {
				const results: ResultToRecord[] = attempts
					.filter((taken) => taken.attempt === attempt)
					.map(({ person, earned }) => ({
						registrationId: participants[person].id,
						countryCode: participants[person].countryCode,
						profession: participants[person].profession,
						attempt,
						items: earned,
						answers: answersOf(test.items, earned)
					}));
				await recordResults(tx, toRecord, results, 'entry', null);
			}
		};
		await record('pre', 0, figures.pre);
		await record('post', 0, figures.post);
		for (const followUp of figures.followUps)
			await record('follow_up', followUp.offsetDays, followUp.attempts);
		const satisfaction = phaseOf('satisfaction')!;
		for (const { person, ratings } of figures.satisfaction) {
			anonymous.push({
				phaseId: satisfaction.id,
				eventId: training.id,
				registrationId: null,
				versionId: satisfactionVersion,
				countryCode: participants[person].countryCode,
				profession: participants[person].profession,
				source: 'entry',
				answers: ratings
			});
			receipts.push({
				phaseId: satisfaction.id,
				registrationId: participants[person].id,
				answeredAt: satisfaction.opensAt
			});
		}
	}
	if (anonymous.length > 0) {
		await tx.insert(evaluationSubmission).values(anonymous);
		await tx.insert(evaluationReceipt).values(receipts);
	}
	// Answered as the plan ran: the pre-test an hour before the first session, the post-test and
	// satisfaction an hour after the last one starts (a retake two days later), follow-ups in their first week.
	await tx.execute(sql`
		update ${evaluationSubmission} s set submitted_at = case p.phase
			when 'pre' then p.closes_at - interval '1 hour'
			when 'follow_up' then p.opens_at + interval '7 days'
			else p.opens_at + interval '1 hour' + (s.attempt - 1) * interval '2 days' end
		from ${evaluationPhase} p
		where p.id = s.phase_id and p.survey_id in (${testSurvey.id}, ${satisfactionSurvey.id})`);
}
