// An event's agenda: items on the days of the event, at clock times of its time zone.
import type { ContentLocale } from '../../i18n/content-languages.js';
import { and, asc, eq } from 'drizzle-orm';
import { AgendaItemInputSchema } from '../../events/schemas.js';
import { instantOf } from '../../events/time-zone.js';
import type { Actor } from '../auth/actor.js';
import { db, type Tx } from '../db/client.js';
import { agendaItem, event } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

export type AgendaItemRow = typeof agendaItem.$inferSelect;

/** The agenda in time order, with what is needed to show it on the event's clocks and days. */
export type Agenda = {
	timeZone: string;
	startsOn: string;
	endsOn: string;
	/** The event's declared languages: the items' titles are written in these. */
	languages: ContentLocale[];
	items: AgendaItemRow[];
};

export async function getAgenda(actor: Actor, eventId: string): Promise<Agenda> {
	authorize(actor, 'read', await getEventPlace(db(), eventId));
	const [[held], items] = await Promise.all([
		db()
			.select({
				timeZone: event.timeZone,
				startsOn: event.startsOn,
				endsOn: event.endsOn,
				languages: event.languages
			})
			.from(event)
			.where(eq(event.id, eventId)),
		db()
			.select()
			.from(agendaItem)
			.where(eq(agendaItem.eventId, eventId))
			.orderBy(asc(agendaItem.startsAt), asc(agendaItem.endsAt), asc(agendaItem.id))
	]);
	return { ...held, items };
}

/**
 * Runs `change` for an actor who keeps the event's agenda, with the item's values as stored: the
 * day must be one of the event's, and times are read on the event's clocks.
 */
async function changeAgenda<T>(
	actor: Actor,
	eventId: string,
	input: FieldsOf<typeof AgendaItemInputSchema>,
	change: (tx: Tx, values: typeof agendaItem.$inferInsert) => Promise<T>
): Promise<T> {
	return db().transaction(async (tx) => {
		authorize(actor, 'keepAgenda', await getEventPlace(tx, eventId));
		const item = parseInput(AgendaItemInputSchema, input);
		const [held] = await tx
			.select({ timeZone: event.timeZone, startsOn: event.startsOn, endsOn: event.endsOn })
			.from(event)
			.where(eq(event.id, eventId));
		if (item.day < held.startsOn || item.day > held.endsOn)
			throw new DomainError('invalid', 'not a day of the event', { fields: { day: ['outside_event_days'] } });
		return change(tx, {
			eventId,
			startsAt: instantOf(`${item.day}T${item.startsAt}`, held.timeZone),
			endsAt: instantOf(`${item.day}T${item.endsAt}`, held.timeZone),
			title: item.title,
			isSession: item.isSession,
			speakers: item.speakers ?? null,
			facilitators: item.facilitators ?? null
		});
	});
}

export function addAgendaItem(
	actor: Actor,
	eventId: string,
	input: FieldsOf<typeof AgendaItemInputSchema>
): Promise<{ id: string }> {
	return changeAgenda(actor, eventId, input, async (tx, values) => {
		const [{ id }] = await tx.insert(agendaItem).values(values).returning({ id: agendaItem.id });
		return { id };
	});
}

export function updateAgendaItem(
	actor: Actor,
	eventId: string,
	itemId: string,
	input: FieldsOf<typeof AgendaItemInputSchema>
): Promise<void> {
	assertRecordId(itemId, 'agenda item');
	return changeAgenda(actor, eventId, input, async (tx, values) => {
		const changed = await tx
			.update(agendaItem)
			.set(values)
			.where(and(eq(agendaItem.id, itemId), eq(agendaItem.eventId, eventId)))
			.returning({ id: agendaItem.id });
		if (changed.length === 0) throw new DomainError('not_found', 'no such agenda item');
	});
}

/** Removes an item, and the attendance taken at it. */
export async function removeAgendaItem(actor: Actor, eventId: string, itemId: string): Promise<void> {
	assertRecordId(itemId, 'agenda item');
	authorize(actor, 'keepAgenda', await getEventPlace(db(), eventId));
	const removed = await db()
		.delete(agendaItem)
		.where(and(eq(agendaItem.id, itemId), eq(agendaItem.eventId, eventId)))
		.returning({ id: agendaItem.id });
	if (removed.length === 0) throw new DomainError('not_found', 'no such agenda item');
}
