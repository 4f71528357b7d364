// The evaluation results of one event, for whoever may read the event: its organisers, the focal
// points of its country, its trainers.
import type { Actor } from '../../auth/actor.js';
import { authorize, can } from '../../auth/authorize.js';
import { db } from '../../db/client.js';
import { getEventPlace } from '../../events/place.js';
import { assembleResults, type EventEvaluationResults } from './assemble.js';
import { readEvaluation } from './internal/read.js';

export async function eventEvaluationResults(
	actor: Actor,
	eventId: string
): Promise<EventEvaluationResults & { mayExport: boolean }> {
	const place = await getEventPlace(db(), eventId);
	authorize(actor, 'read', place);
	// The per-participant export is for whoever runs the event (as its participants' export).
	return {
		...assembleResults(eventId, await readEvaluation(eventId)),
		mayExport: can(actor, 'manage', place)
	};
}
