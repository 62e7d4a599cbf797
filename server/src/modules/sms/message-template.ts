/**
 * Message templates with {field} placeholders, filled per lead: {name}, {first_name}, {zip}.
 * A fallback after a bar is used when the lead has no value: "Hi {first_name|there}!".
 */

export interface TemplateLead {
  name: string | null;
  zip: string | null;
}

export const TEMPLATE_FIELDS = ['name', 'first_name', 'zip'] as const;
type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const PLACEHOLDER = /\{([a-z_]+)(?:\|([^{}]*))?\}/g;

/** The fields a template uses that Matchday does not know, e.g. ['surname'] (empty when all are fine). */
export function unknownTemplateFields(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(match[1])) unknown.add(match[1]);
  }
  return [...unknown];
}

function valueOf(field: TemplateField, lead: TemplateLead): string {
  const name = lead.name?.trim() ?? '';
  if (field === 'name') return name;
  if (field === 'first_name') return name.split(/\s+/)[0] ?? '';
  return lead.zip ?? '';
}

export function renderTemplate(template: string, lead: TemplateLead): string {
  return template.replace(PLACEHOLDER, (whole, field: string, fallback: string | undefined) => {
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(field)) return whole;
    return valueOf(field as TemplateField, lead) || (fallback ?? '');
  });
}
