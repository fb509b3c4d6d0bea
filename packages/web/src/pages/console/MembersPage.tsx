import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { Loading } from '../../components/common/Notice.tsx';
import { ConfirmButton } from '../../components/console/ConfirmButton.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { useMemberStrings } from '../../components/console/console-member-strings.ts';
import { ConsoleQueryError, ConsoleViewerQuery, isOwner, useConsoleMember } from '../../components/console/ConsoleShell.tsx';
import { formatDateTime } from '../../components/console/date-time.ts';
import { Field, FieldErrors, SelectField } from '../../components/console/FormField.tsx';
import { MessageLine } from '../../components/console/MessageLine.tsx';
import { SecretOnce } from '../../components/console/SecretOnce.tsx';
import { errorCode, errorText, fieldKey, type UserError } from '../../components/console/user-errors.ts';
import { graphql, readFragment, type ResultOf } from '../../graphql.ts';
import { formatDate } from '../../lib/format.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

type Role = 'OWNER' | 'MEMBER';

const PeopleFields = graphql(`
  fragment ConsoleOrganizationPeople on Organization {
    id
    members {
      role
      joinedAt
      user {
        id
        name
        email
      }
    }
    invitations {
      id
      email
      role
      expiresAt
      invitedBy {
        id
        name
      }
    }
  }
`);

const MembersQuery = graphql(
  `
    query ConsoleMembers {
      viewer {
        organization {
          id
          ...ConsoleOrganizationPeople
        }
      }
    }
  `,
  [PeopleFields],
);

const InviteMutation = graphql(
  `
    mutation ConsoleInviteMember($input: InviteMemberInput!) {
      inviteMember(input: $input) {
        invitation {
          id
        }
        inviteUrl
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

const RevokeMutation = graphql(
  `
    mutation ConsoleRevokeInvitation($input: RevokeInvitationInput!) {
      revokeInvitation(input: $input) {
        invitation {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

const ChangeRoleMutation = graphql(
  `
    mutation ConsoleChangeMemberRole($input: ChangeMemberRoleInput!) {
      changeMemberRole(input: $input) {
        organization {
          id
          ...ConsoleOrganizationPeople
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [PeopleFields, UserErrorFields],
);

const RemoveMutation = graphql(
  `
    mutation ConsoleRemoveMember($input: RemoveMemberInput!) {
      removeMember(input: $input) {
        organization {
          id
          ...ConsoleOrganizationPeople
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [PeopleFields, UserErrorFields],
);

type People = ResultOf<typeof PeopleFields>;
type Status = { tone: 'ok' | 'error'; text: string } | null;

/** The organization's members: everyone reads the list; owners invite, change roles, remove and revoke. */
export default function MembersPage() {
  const { c, t } = useConsoleI18n();
  const m = useMemberStrings();
  const member = useConsoleMember();
  const owner = isOwner(member);
  const [result, reexecute] = useQuery({ query: MembersQuery, requestPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<Status>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const said = (error: UserError) => m.members.errors[error.code] ?? errorText(c, error);
  const failed = (error: Parameters<typeof errorCode>[0]) => setStatus({ tone: 'error', text: c.errors[errorCode(error) ?? ''] ?? t.common.apiDownBody });
  const organization = result.data?.viewer.organization;
  const people = organization ? readFragment(PeopleFields, organization) : null;

  return (
    <ConsolePage name="members" title={m.members.title} lead={m.members.lead}>
      {owner ? <InviteForm onInvited={refresh} said={said} onFailure={failed} /> : <p className="callout">{m.members.membersOnly}</p>}
      {status && <MessageLine message={status} />}
      {result.error && !result.data ? (
        <ConsoleQueryError error={result.error} onRetry={refresh} />
      ) : !people ? (
        <Loading />
      ) : (
        <>
          <MemberList people={people} owner={owner} selfId={member.user.id} onStatus={setStatus} said={said} onFailure={failed} />
          {owner && <InvitationList people={people} onStatus={setStatus} said={said} onFailure={failed} onChange={refresh} />}
        </>
      )}
    </ConsolePage>
  );
}

interface ActionProps {
  said: (error: UserError) => string;
  onFailure: (error: Parameters<typeof errorCode>[0]) => void;
}

function InviteForm({ onInvited, said, onFailure }: ActionProps & { onInvited: () => void }) {
  const { c } = useConsoleI18n();
  const m = useMemberStrings();
  const [state, invite] = useMutation(InviteMutation);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [link, setLink] = useState<string | null>(null);
  const [mailed, setMailed] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setMailed(null);
    const outcome = await invite({ input: { email: email.trim(), role } });
    const payload = outcome.data?.inviteMember;
    if (!payload) return onFailure(outcome.error);
    if (payload.userErrors.length > 0) return setErrors(payload.userErrors.map((error) => ({ ...error, message: said(error) })));
    if (payload.inviteUrl) setLink(payload.inviteUrl);
    else setMailed(email.trim());
    setEmail('');
    onInvited();
  };
  const emailErrors = errors.filter((error) => fieldKey(error.field) === 'email');
  const otherErrors = errors.filter((error) => !emailErrors.includes(error));

  return (
    <>
      <form className="card form console-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
        <h2 id="invite-title" className="form-section__title">
          {m.members.inviteTitle}
        </h2>
        <Field id="invite-email" label={m.members.email} hint={m.members.emailHint} errors={emailErrors}>
          {(control) => <input {...control} className="input" type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />}
        </Field>
        <SelectField
          id="invite-role"
          label={m.members.role}
          value={role}
          onChange={(value) => setRole(value === 'OWNER' ? 'OWNER' : 'MEMBER')}
          choices={[
            { value: 'MEMBER', label: c.shell.roles.MEMBER },
            { value: 'OWNER', label: c.shell.roles.OWNER },
          ]}
        />
        <FieldErrors errors={otherErrors} role="alert" />
        <button type="submit" className="button" disabled={state.fetching}>
          {state.fetching ? m.members.inviting : m.members.invite}
        </button>
      </form>
      {mailed && <MessageLine message={{ tone: 'ok', text: m.members.mailed(mailed) }} />}
      {link && <SecretOnce title={m.members.linkTitle} warning={m.members.linkWarning} label={m.members.linkLabel} secret={link} onDone={() => setLink(null)} />}
    </>
  );
}

function MemberList({ people, owner, selfId, onStatus, said, onFailure }: ActionProps & { people: People; owner: boolean; selfId: string; onStatus: (status: Status) => void }) {
  const { c } = useConsoleI18n();
  const m = useMemberStrings();
  const client = useClient();
  const [, changeRole] = useMutation(ChangeRoleMutation);
  const [, remove] = useMutation(RemoveMutation);

  const setRole = async (userId: string, name: string, role: Role) => {
    onStatus(null);
    const outcome = await changeRole({ input: { userId, role } });
    const payload = outcome.data?.changeMemberRole;
    if (!payload) return onFailure(outcome.error);
    const [problem] = payload.userErrors;
    onStatus(problem ? { tone: 'error', text: said(problem) } : { tone: 'ok', text: m.members.roleChanged(name, c.shell.roles[role]) });
    if (!problem && userId === selfId) await reloadViewer();
  };
  // One's own role or membership changed: the console's sections and controls follow.
  const reloadViewer = () => client.query(ConsoleViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  const removeMember = async (userId: string, name: string) => {
    onStatus(null);
    const outcome = await remove({ input: { userId } });
    const payload = outcome.data?.removeMember;
    if (!payload) return onFailure(outcome.error);
    const [problem] = payload.userErrors;
    onStatus(problem ? { tone: 'error', text: said(problem) } : { tone: 'ok', text: m.members.removed(name) });
    if (!problem && userId === selfId) await reloadViewer();
  };

  return (
    <>
      <h2 className="section-title">{m.members.listTitle}</h2>
      <ul className="key-list">
        {people.members.map(({ user, role, joinedAt }) => {
          const other: Role = role === 'OWNER' ? 'MEMBER' : 'OWNER';
          return (
            <li key={user.id} className="card key">
              <div className="key__head">
                <h3 className="key__name">
                  {user.name} {user.id === selfId && m.members.you}
                </h3>
                <span className={role === 'OWNER' ? 'status status--published' : 'status status--draft'}>{c.shell.roles[role]}</span>
              </div>
              <p className="console-count member__facts">
                {user.email} · {m.members.joined(formatDate(joinedAt))}
              </p>
              {owner && (
                <div className="console-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={m.members.changeRoleLabel(other === 'OWNER' ? m.members.makeOwner : m.members.makeMember, user.name)}
                    onClick={() => setRole(user.id, user.name, other)}
                  >
                    {other === 'OWNER' ? m.members.makeOwner : m.members.makeMember}
                  </button>
                  <ConfirmButton
                    label={m.members.removeLabel(user.name)}
                    title={m.members.removeTitle(user.name)}
                    body={m.members.removeBody}
                    confirm={m.members.remove}
                    cancel={c.editor.cancel}
                    className="button button--danger button--small"
                    onConfirm={() => removeMember(user.id, user.name)}
                  >
                    {m.members.removeShort}
                  </ConfirmButton>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function InvitationList({ people, onStatus, said, onFailure, onChange }: ActionProps & { people: People; onStatus: (status: Status) => void; onChange: () => void }) {
  const { c, lang } = useConsoleI18n();
  const m = useMemberStrings();
  const [, revoke] = useMutation(RevokeMutation);
  const revokeInvitation = async (id: string, email: string) => {
    onStatus(null);
    const outcome = await revoke({ input: { id } });
    const payload = outcome.data?.revokeInvitation;
    if (!payload) return onFailure(outcome.error);
    const [problem] = payload.userErrors;
    onStatus(problem ? { tone: 'error', text: said(problem) } : { tone: 'ok', text: m.members.revoked(email) });
    onChange();
  };
  return (
    <>
      <h2 className="section-title">{m.members.invitationsTitle}</h2>
      {people.invitations.length === 0 ? (
        <p>{m.members.noInvitations}</p>
      ) : (
        <ul className="key-list">
          {people.invitations.map((invitation) => (
            <li key={invitation.id} className="card key">
              <div className="key__head">
                <h3 className="key__name">{invitation.email}</h3>
                <span className="status status--in-review">{c.shell.roles[invitation.role]}</span>
              </div>
              <p className="console-count member__facts">
                {m.members.expires(formatDateTime(invitation.expiresAt, lang, c))}
                {invitation.invitedBy && ` · ${m.members.invitedBy(invitation.invitedBy.name)}`}
              </p>
              <ConfirmButton
                label={m.members.revokeLabel(invitation.email)}
                title={m.members.revokeTitle(invitation.email)}
                body={m.members.revokeBody}
                confirm={m.members.revoke}
                cancel={c.editor.cancel}
                className="button button--danger button--small"
                onConfirm={() => revokeInvitation(invitation.id, invitation.email)}
              >
                {m.members.revoke}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
