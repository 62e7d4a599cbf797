/** The fields a campaign text may use; the server fills them per lead ({first_name|there} has a fallback). */
export const TEMPLATE_FIELDS = [
  { field: 'first_name', label: 'First name' },
  { field: 'name', label: 'Full name' },
  { field: 'zip', label: 'ZIP' },
] as const;

const PLACEHOLDER = /\{([a-z_]+)(?:\|([^{}]*))?\}/g;

export interface SampleLead {
  name: string;
  zip: string;
}

/** The text as one lead would receive it, for the composer's preview. Unknown fields stay as written (the server refuses them). */
export function previewMessage(template: string, lead: SampleLead): string {
  return template.replace(PLACEHOLDER, (whole, field: string, fallback: string | undefined) => {
    const value = field === 'name' ? lead.name : field === 'first_name' ? lead.name.split(/\s+/)[0] : field === 'zip' ? lead.zip : null;
    if (value === null) return whole;
    return value || (fallback ?? '');
  });
}

/** Fields written that Matchday does not know, e.g. ['surname']. */
export function unknownFields(template: string): string[] {
  const known = TEMPLATE_FIELDS.map(({ field }) => field as string);
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((field) => !known.includes(field)))];
}
