using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace CpdPortal.Web.Features.Account;

public sealed class ChangePasswordViewModel
{
    public const string WrongCurrentPassword = "Your current password is incorrect";

    [Required(ErrorMessage = "Enter your current password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "Enter a new password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    public string? NewPassword { get; set; }

    [Required(ErrorMessage = "Confirm your new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }

    /// <summary>The account holds a one-time password: nothing else opens until it is changed.</summary>
    public bool IsRequired { get; set; }

    /// <summary>Identity's password rules as GOV.UK-style messages.</summary>
    public static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Your new password must be 12 characters or more",
        _ => error.Description,
    };
}
