import type { FlowNodeKind } from '@/lib/domain/model';
import { newChannel } from './channel/defaults';
import { newEvent } from './event/defaults';
import { newService } from './service/defaults';

/** Default catalog input per kind, for palette drops. */
export const NEW_ITEM: Record<FlowNodeKind, (name: string) => Record<string, unknown>> = { service: newService, event: newEvent, channel: newChannel };
