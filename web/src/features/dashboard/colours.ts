/** Colours of the decision levels in the dashboard's charts (State, province, grassroots). */
export const LEVEL_COLOURS: Record<string, string> = { nha_nuoc: '#c0392b', tinh: '#1554ad', co_so: '#2e8b57' };
