// Shared by the check-up's specs (issue 20).

/** The check-up's section (the picker, the questions or the result). */
export const checkupIn = (root) => root.getByRole('region', { name: /^Check-up/ });

/** A service provider whose every warning shows and no healthy sign holds: the result is "Consider moving". */
export const MOVE = '#view=checkup&check=service-provider&signs=yyynnn&verdict=shown';
