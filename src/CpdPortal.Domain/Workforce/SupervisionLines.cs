using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Workforce;

/// <summary>Rules for who may supervise whom.</summary>
public static class SupervisionLines
{
    /// <summary>
    /// Refuses a supervisor line that is to oneself or that would make a cycle (A supervises B supervises A).
    /// </summary>
    public static void EnsureCanSupervise(StaffMember supervisee, StaffMember supervisor, Func<int, int?> supervisorOf)
    {
        if (ReferenceEquals(supervisee, supervisor) || (supervisee.Id != 0 && supervisee.Id == supervisor.Id))
        {
            throw new DomainRuleException("supervision.self", "A person cannot supervise themselves");
        }

        if (supervisor.LeaveDate is not null)
        {
            throw new DomainRuleException("supervision.leaver", $"{supervisor.FullName} has left and cannot supervise anyone");
        }

        // Walk up from the proposed supervisor; meeting the supervisee means a cycle.
        var visited = new HashSet<int>();
        int? current = supervisor.Id == 0 ? supervisor.SupervisorId : supervisorOf(supervisor.Id);
        while (current is { } id)
        {
            if (id == supervisee.Id)
            {
                throw new DomainRuleException(
                    "supervision.cycle",
                    $"{supervisor.FullName} cannot supervise {supervisee.FullName} because {supervisee.FullName} is already above them in the supervision line");
            }

            if (!visited.Add(id))
            {
                break; // an existing loop elsewhere in the data; not made by this change
            }

            current = supervisorOf(id);
        }
    }
}
