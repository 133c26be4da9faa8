using Vitrin.Api.Auth;

namespace Vitrin.Api.Email;

public static class EmailSetup
{
    /// <summary>Email sending, account-link tokens and the jobs that email them.</summary>
    public static void AddVitrinEmail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        services.AddSingleton<EmailSender>();
        services.AddEmailTokens();
        services.AddScoped<AccountEmails>();
    }
}
