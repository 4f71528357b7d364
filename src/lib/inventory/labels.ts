// The inventory's closed lists in the reader's language.
import * as m from '../paraglide/messages.js';
import type { PackageFormat } from './schemas.js';

type Message = () => string;

export const formatLabel: Record<PackageFormat, Message> = {
	face_to_face: m.inventory_format_face_to_face,
	online: m.inventory_format_online,
	blended: m.inventory_format_blended,
	self_study: m.inventory_format_self_study
};
