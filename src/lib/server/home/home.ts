// What a signed-in person's home page shows: a section per role their grants (and registrations)
// call for, each read in one statement, the four at once.
import type { Actor } from '../auth/actor.js';
import { coordinatorHome, type CoordinatorHome } from './coordinator.js';
import { focalPointHome, type FocalPointHome } from './focal-point.js';
import { participantHome, type ParticipantHome } from './participant.js';
import { trainerHome, type TrainerHome } from './trainer.js';

/** Each section, or null when the person's roles do not call for it. */
export type Home = {
	participant: ParticipantHome | null;
	trainer: TrainerHome | null;
	focalPoint: FocalPointHome | null;
	coordinator: CoordinatorHome | null;
};

export async function homeOf(actor: Actor): Promise<Home> {
	const [participant, trainer, focalPoint, coordinator] = await Promise.all([
		participantHome(actor),
		trainerHome(actor),
		focalPointHome(actor),
		coordinatorHome(actor)
	]);
	return { participant, trainer, focalPoint, coordinator };
}
