import type { EntityRef, EntityType } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { href } from '../router.js';

export function TypeBadge({ type }: { type: EntityType }) {
  const { t } = useI18n();
  return <span class={`badge type-${type}`}>{t(`type.${type}`)}</span>;
}

/** A link to an entity's profile; the name is text (Preact escapes it), never HTML. */
export function EntityLink({ entity, badge = false }: { entity: EntityRef; badge?: boolean }) {
  return (
    <span class="entity-ref">
      <a class={`ent-link type-${entity.type}`} href={href(['entity', entity.id])}>{entity.name}</a>
      {badge && <> <TypeBadge type={entity.type} /></>}
    </span>
  );
}
