import '../../components/staff/staff-blueprints.css';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Loading } from '../../components/common/Notice.tsx';
import { ConfirmButton } from '../../components/console/ConfirmButton.tsx';
import { BlueprintEditor, BlueprintFields, type Blueprint } from '../../components/staff/BlueprintEditor.tsx';
import { blueprintStrings } from '../../components/staff/staff-blueprint-strings.ts';
import { staffErrorText } from '../../components/staff/staff-errors.ts';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffMessage, type Message } from '../../components/staff/StaffMessage.tsx';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';
import { localized, localizedText } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { formatCount, unitOf } from '../../lib/format.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const BlueprintsQuery = graphql(
  `
    query StaffBlueprints {
      blueprints {
        ...StaffBlueprint
      }
      categories {
        slug
        name
        nameEn
        kind
        unitName
        unitNameEn
        unitNameEnOne
      }
    }
  `,
  [BlueprintFields],
);

const DeleteBlueprintMutation = graphql(
  `
    mutation StaffDeleteBlueprint($slug: String!) {
      deleteBlueprint(slug: $slug) {
        slug
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

/** What the page shows below the list's heading: the list, or the editor of one blueprint (null: a new one). */
type Editing = { blueprint: Blueprint | null } | null;

/** The blueprints buyers compose stacks from: list, create, edit and delete them. */
export default function BlueprintsPage() {
  const { s, t, lang } = useStaffI18n();
  const b = blueprintStrings[lang];
  const [result, reexecute] = useQuery({ query: BlueprintsQuery, requestPolicy: 'cache-and-network' });
  const [, deleteBlueprint] = useMutation(DeleteBlueprintMutation);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<Message | null>(null);
  useDocumentTitle(`${b.title} — ${t.siteName}`);

  if (result.error && !result.data) return <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { blueprints, categories } = result.data;
  const nameOf = (blueprint: Blueprint) => localized(lang, blueprint.name, blueprint.nameEn);

  const remove = async (blueprint: Blueprint) => {
    const response = await deleteBlueprint({ slug: blueprint.slug });
    const payload = response.data?.deleteBlueprint;
    if (!payload) return setMessage({ tone: 'error', text: t.common.apiDownBody });
    if (payload.userErrors.length > 0) return setMessage({ tone: 'error', text: payload.userErrors.map((error) => staffErrorText(s, error)).join(' ') });
    setMessage({ tone: 'ok', text: b.removed(nameOf(blueprint)) });
    reexecute({ requestPolicy: 'network-only' });
  };
  const close = (focusId: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };

  return (
    <section className="console-section" aria-labelledby="blueprints-title">
      <div className="console-section__head">
        <h1 id="blueprints-title" className="page__title">
          {b.title}
        </h1>
        {!editing && (
          <button type="button" id="blueprint-add" className="button" onClick={() => {
              setMessage(null);
              setEditing({ blueprint: null });
            }}>
            {b.add}
          </button>
        )}
      </div>
      <p className="muted">{b.lead}</p>
      <StaffMessage message={message} />

      {editing ? (
        <BlueprintEditor
          blueprint={editing.blueprint}
          categories={categories}
          onSaved={(saved) => {
            setEditing(null);
            setMessage({ tone: 'ok', text: b.saved(nameOf(saved)) });
            reexecute({ requestPolicy: 'network-only' });
          }}
          onCancel={() => close(editing.blueprint ? `blueprint-edit-${editing.blueprint.slug}` : 'blueprint-add')}
        />
      ) : blueprints.length === 0 ? (
        <p className="console-empty">{b.empty}</p>
      ) : (
        <>
          <p className="console-count">{b.count(formatCount(blueprints.length, lang))}</p>
          <ul className="blueprint-list">
            {blueprints.map((blueprint) => {
              const name = nameOf(blueprint);
              const description = localizedText(lang, blueprint.description, blueprint.descriptionEn);
              return (
                <li key={blueprint.slug} className="card blueprint" aria-labelledby={`blueprint-${blueprint.slug}`}>
                  <h2 id={`blueprint-${blueprint.slug}`} className="blueprint__name">
                    {name}
                  </h2>
                  <p className="blueprint__slug">
                    {b.slug}: <code>{blueprint.slug}</code>
                  </p>
                  <p lang={description.lang}>{description.text}</p>
                  <ol className="blueprint__needs" aria-label={b.needsOf(name)}>
                    {blueprint.needs.map((need) => {
                      const note = need.note === null ? null : localizedText(lang, need.note, need.noteEn);
                      return (
                        <li key={need.category.slug}>
                          <strong>{localized(lang, need.category.name, need.category.nameEn)}</strong>:{' '}
                          {b.needLine(formatCount(need.quantity, lang), unitOf(lang, need.quantity, need.category))}
                          {note && (
                            <>
                              {' '}
                              — <span lang={note.lang}>{note.text}</span>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                  <div className="blueprint__actions">
                    <button
                      type="button"
                      id={`blueprint-edit-${blueprint.slug}`}
                      className="button button--secondary button--small"
                      aria-label={b.editNamed(name)}
                      onClick={() => {
                        setMessage(null);
                        setEditing({ blueprint });
                      }}
                    >
                      {b.edit}
                    </button>
                    <ConfirmButton
                      className="button button--danger button--small"
                      label={b.removeNamed(name)}
                      title={b.removeTitle(name)}
                      body={b.removeBody}
                      confirm={b.removeConfirm}
                      cancel={s.common.cancel}
                      onConfirm={() => void remove(blueprint)}
                    >
                      {b.remove}
                    </ConfirmButton>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
