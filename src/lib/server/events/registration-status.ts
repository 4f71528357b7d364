// What happens to a registration, decided from counts alone (pure; the database is in registration.ts).
//
// A place is held by every confirmed or pending registration. A country quota caps the places held
// by registrants of that country, a category quota those of that category, the capacity all of them;
// a registrant whose country or category has no quota is held back by the capacity alone.
import type { WaitlistReason } from '../../events/registration-schema.js';
import { dayAndTime } from '../../events/time-zone.js';

/** The places a registrant competes for: limits (null: none) and the places already held. */
export type Places = {
	capacity: number | null;
	held: number;
	countryPlaces: number | null;
	countryHeld: number;
	categoryPlaces: number | null;
	categoryHeld: number;
};

const full = (limit: number | null, held: number) => limit !== null && held >= limit;

/** Why there is no place for this registrant, the most particular reason first; undefined: there is one. */
export function waitlistReason(places: Places): WaitlistReason | undefined {
	if (full(places.countryPlaces, places.countryHeld)) return 'country_quota_full';
	if (full(places.categoryPlaces, places.categoryHeld)) return 'category_quota_full';
	if (full(places.capacity, places.held)) return 'capacity_full';
	return undefined;
}

export type Arrival =
	{ status: 'confirmed' | 'pending'; reason: null } | { status: 'waitlisted'; reason: WaitlistReason };

/**
 * The status of a new registration, or of one let in from the wait-list: wait-listed when there is
 * no place, else pending where the organiser approves each registration, else confirmed.
 */
export function arrivalStatus(requiresApproval: boolean, places: Places): Arrival {
	const reason = waitlistReason(places);
	if (reason) return { status: 'waitlisted', reason };
	return { status: requiresApproval ? 'pending' : 'confirmed', reason: null };
}

export type RegistrationWindow = {
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	/** The event's last day (YYYY-MM-DD) in its own time zone. */
	endsOn: string;
	timeZone: string;
};

/** Whether registration is open at `now`: it closes at its closing time, else after the event's last day. */
export function registrationState(event: RegistrationWindow, now: Date): 'not_open_yet' | 'open' | 'closed' {
	if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_open_yet';
	if (event.registrationClosesAt) return now < event.registrationClosesAt ? 'open' : 'closed';
	return dayAndTime(now, event.timeZone).day > event.endsOn ? 'closed' : 'open';
}
