/** The firmware item (updates itself, or where to update) and the vendor's incidents to read. */
import type { MessageKey } from '../i18n';
import { known } from '../../vendors/schema';
import { incidentFor, marked, placeStep, sourceOf, type Context } from './context';
import type { ChecklistItem, Step } from './types';

export function firmwareItem(ctx: Context): ChecklistItem {
  const { vendor } = ctx;
  const base = {
    id: 'firmware' as const,
    title: { key: 'itemFirmware' as MessageKey },
    why: { key: 'whyFirmware' as MessageKey },
    incident: incidentFor(vendor, /firmware|flaw|vulnerab|cve|exploit|bug/i),
    high: false,
  };
  const facts = known(vendor.firmware);
  if (facts?.automatic) {
    return {
      ...base,
      status: 'done',
      detail: { key: 'detailFirmwareAutomatic', params: [vendor.name] },
      steps: [],
      markable: false,
    };
  }
  const steps: Step[] = [placeStep('stepOpenFirmware', vendor.name, vendor.places.firmware)];
  if (facts && 'source' in vendor.firmware) {
    steps.push({ key: 'stepFirmwareVendor', params: [facts.guidance], from: sourceOf(vendor.firmware) });
  }
  steps.push({ key: 'stepFirmwareAuto' });
  return { ...base, ...(marked(ctx, 'firmware') ?? { status: 'todo' }), steps, markable: true };
}

export function incidentsItem(ctx: Context): ChecklistItem {
  const { vendor } = ctx;
  const base = {
    id: 'incidents' as const,
    high: false,
    title: { key: 'itemIncidents' as MessageKey },
    why: { key: 'whyIncidents' as MessageKey },
  };
  if (vendor.incidents.length === 0) {
    return { ...base, status: 'not-applicable', detail: { key: 'detailNoIncidents' }, steps: [], markable: false };
  }
  const mark = ctx.state?.marks?.incidents;
  return {
    ...base,
    ...(mark ? { status: 'done', doneAt: mark } : { status: 'todo' }),
    detail: { key: 'detailIncidentCount', params: [String(vendor.incidents.length)] },
    steps: [{ key: 'stepReadIncidents', params: [vendor.name] }],
    markable: true,
  };
}
