/**
 * The linked-services item: the vendor's own page for its linked accounts, then the assistant's
 * side of each link (Alexa, Google Home, Apple Home, IFTTT, SmartThings), from the assistant
 * maker's own help pages, under the name the assistant's app shows; long-lived keys last.
 */
import type { MessageKey } from '../i18n';
import { SERVICE_LABELS } from '../labels';
import type { LinkedService } from '../vocabulary';
import { ASSISTANTS } from '../../vendors/assistants';
import { known, type Fact, type Integration, type Place, type Provenance } from '../../vendors/schema';
import { reviewItem, sourceOf, type Context } from './context';
import type { ChecklistItem, Step } from './types';

/** A step at the assistant's own place, when its maker documents one. */
function assistantStep(key: MessageKey, params: string[], place: Fact<Place>): Step {
  const value = known(place);
  if (value === undefined || 'offered' in value) return { key, params };
  return { key, params, url: value.url, appPath: value.appPath, from: sourceOf(place as Provenance) };
}

const UNLINK: Record<Exclude<Integration, 'alexa' | 'home-assistant'>, MessageKey> = {
  'google-assistant': 'stepGoogleUnlink',
  'siri-homekit': 'stepAppleHomeRemove',
  ifttt: 'stepIftttDisconnect',
  smartthings: 'stepSmartThingsUnlink',
};

function linkedSteps(ctx: Context): Step[] {
  const { vendor, state } = ctx;
  const offered = known(vendor.integrations) ?? [];
  const linkedHere = Object.entries(state?.linked?.services ?? {})
    .filter(([, on]) => on)
    .map(([service]) => service as LinkedService);
  const services = [...new Set([...offered.map((i) => i.service), ...linkedHere])];
  const nameOf = (service: Integration) => offered.find((i) => i.service === service)?.name ?? vendor.name;
  const steps: Step[] = [];
  for (const service of services) {
    if (service === 'alexa') {
      steps.push(assistantStep('stepAlexaSkill', [nameOf('alexa')], ASSISTANTS.alexa.disableSkill));
      steps.push(assistantStep('stepLoginWithAmazon', [vendor.name], ASSISTANTS.alexa.loginWithAmazon));
    } else if (service !== 'home-assistant') {
      steps.push(assistantStep(UNLINK[service], [nameOf(service)], ASSISTANTS[service].unlink));
    }
  }
  if (services.length === 0) steps.push({ key: 'stepOtherAssistants', params: [vendor.name] });
  for (const note of vendor.automation.filter((a) => a.concern === 'long-lived-token')) {
    steps.push({
      key: note.advice === 'rotate-key' ? 'warnLongLivedKeyRotate' : 'warnLongLivedKeySeparate',
      params: [vendor.name, note.note],
      warning: true,
      from: sourceOf(note),
    });
  }
  return steps;
}

export function linkedServicesItem(ctx: Context): ChecklistItem {
  const linked = Object.entries(ctx.state?.linked?.services ?? {}).filter(([, on]) => on);
  const linkedOn = linked.length > 0;
  const item = reviewItem(ctx, 'linked-services', {
    high: linkedOn,
    place: ctx.vendor.places.linkedServices,
    open: 'stepOpenLinkedServices',
    steps: linkedSteps(ctx),
    words: /alexa|token|assistant|linked/i,
  });
  // One assistant seen linked: the action names it ("Unlink Amazon Alexa from Wyze").
  if (linked.length === 1 && item.status !== 'done') {
    item.title = {
      key: 'unlinkServiceTitle',
      params: [ctx.vendor.name],
      paramKeys: [SERVICE_LABELS[linked[0]![0] as LinkedService]],
    };
  }
  return item;
}
