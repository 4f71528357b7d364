// The evaluation results of one event, for whoever may read the event: its organisers, the focal
// points of its country, its trainers.
import type { Actor } from '../../auth/actor.js';
import { authorize } from '../../auth/authorize.js';
import { db } from '../../db/client.js';
import { getEventPlace } from '../../events/place.js';
import { assembleResults, type EventEvaluationResults } from './assemble.js';
import { readEvaluation } from './internal/read.js';

export async function eventEvaluationResults(actor: Actor, eventId: string): Promise<EventEvaluationResults> {
	authorize(actor, 'read', await getEventPlace(db(), eventId));
	return assembleResults(eventId, await readEvaluation(eventId));
}
