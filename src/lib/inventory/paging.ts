/** How many survey responses the responses page lists at a time. */
export const responsePageSize = 50;
