using System.ComponentModel.DataAnnotations;
using CpdPortal.Domain.Common;

namespace CpdPortal.Web.Features.Account;

public sealed class SignInViewModel
{
    [Required(ErrorMessage = "Enter your email address")]
    [StringLength(FieldLengths.Email, ErrorMessage = "Email address must be 254 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Shown only while the demo council's accounts exist.</summary>
    public bool ShowDemoAccounts { get; set; }

    public bool SignedOut { get; set; }
}
