using Microsoft.AspNetCore.Identity;
using Vitrin.Api.Data;
using Vitrin.Api.Users;

namespace Vitrin.Api.Cli;

public sealed record CommandLine(string Name, string[] Arguments);

/// <summary>
/// The API binary doubles as the management tool, as Django's manage.py did:
/// <c>migrate</c>, <c>create-admin &lt;username&gt; &lt;email&gt;</c>, <c>seed-demo</c>.
/// Options such as <c>--data-dir</c> still configure the host.
/// </summary>
public static class Commands
{
    private const string Usage = """
        Usage: Vitrin.Api [command] [--data-dir DIR] [--urls URLS]
          (no command)                    run the web server
          migrate                         apply database migrations and exit
          create-admin <username> <email> create an admin (password from the prompt or standard input)
          seed-demo [--demo-seed N]       load a deterministic demo dataset (idempotent)
          worker                          process background jobs (no HTTP); run the API with Jobs:RunServer=false
        """;

    /// <summary>Separates a leading command and its positional arguments from host options.</summary>
    public static (CommandLine? Command, string[] HostArgs) Split(string[] args)
    {
        var host = new List<string>();
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                host.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith('-'))
                {
                    host.Add(args[++i]);
                }
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return (positional.Count == 0 ? null : new CommandLine(positional[0], [.. positional.Skip(1)]), [.. host]);
    }

    public static async Task<int> RunAsync(WebApplication app, CommandLine command)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        switch (command.Name, command.Arguments.Length)
        {
            case (Jobs.WorkerMode.Command, 0):
                // Migrations and recurring jobs are set up by hosted services; Ctrl+C or SIGTERM stops it.
                await app.RunAsync();
                return 0;
            case ("migrate", 0):
                await MigrateAsync(app, cts.Token);
                Console.WriteLine("Database is up to date.");
                return 0;
            case ("create-admin", 2):
                await MigrateAsync(app, cts.Token);
                return await CreateAdminAsync(app, command.Arguments[0], command.Arguments[1]);
            case ("seed-demo", 0) when app.Environment.IsProduction() && !app.Configuration.GetValue<bool>("allow-demo"):
                // Demo accounts share a published password: never in production by accident.
                await Console.Error.WriteLineAsync("seed-demo refuses to run in Production; pass --allow-demo true to insist.");
                return 1;
            case ("seed-demo", 0):
                await MigrateAsync(app, cts.Token);
                var seed = app.Configuration.GetValue("demo-seed", 42);
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var summary = await ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider).SeedAsync(seed, cts.Token);
                    Console.WriteLine(summary);
                }

                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return command.Name is "help" or "--help" ? 0 : 2;
        }
    }

    private static Task MigrateAsync(WebApplication app, CancellationToken ct) =>
        ActivatorUtilities.CreateInstance<DatabaseInitializer>(app.Services).MigrateAsync(ct);

    private static async Task<int> CreateAdminAsync(WebApplication app, string username, string email)
    {
        var password = ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = new User { UserName = username, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, [Roles.Moderator, Roles.Admin]);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Description}");
            }

            return 1;
        }

        Console.WriteLine($"Created admin '{username}'.");
        return 0;
    }

    /// <summary>Prompts without echo on a terminal; reads one line when standard input is piped.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
