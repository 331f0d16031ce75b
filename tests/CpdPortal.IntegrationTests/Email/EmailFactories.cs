using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Training;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CpdPortal.IntegrationTests.Email;

/// <summary>The app with Email:Provider = Pickup (the default) writing .eml files to a folder of the test's own.</summary>
public class PickupEmailFactory : CpdPortalFactory
{
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "cpdportal-mail-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupPath", MailFolder);
        builder.UseSetting("Email:Sending:PortalUrl", "https://cpd.example");
        builder.UseSetting("Email:Sending:MaxAttempts", "3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

/// <summary>What the in-process SMTP server does with a message: take it, refuse it, or say nothing until the client gives up.</summary>
public enum SmtpBehaviour
{
    Accept,
    Refuse,
    Hang,
}

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port, started by the test and stopped with it.</summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _disposed;

    public LoopbackSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        Server = new SmtpServer.SmtpServer(options, services);
        Running = Server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public SmtpServer.SmtpServer Server { get; }

    public Task Running { get; }

    public SmtpBehaviour Behaviour { get; set; } = SmtpBehaviour.Accept;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public void Dispose()
    {
        // The factory may be disposed twice (Dispose and DisposeAsync): the second time there is nothing to do.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        try
        {
            // The server stops listening when cancelled; its sessions end with the test's client.
            Running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancellation ends the server's task with an exception: expected.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            switch (owner.Behaviour)
            {
                case SmtpBehaviour.Refuse:
                    return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Message refused by the test server");
                case SmtpBehaviour.Hang:
                    await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                    return SmtpResponse.Ok;
                default:
                    await using (var stream = new MemoryStream(buffer.ToArray()))
                    {
                        owner.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
                    }

                    return SmtpResponse.Ok;
            }
        }
    }
}

/// <summary>The app with Email:Provider = Smtp, sending to a <see cref="LoopbackSmtpServer"/> with a one-second timeout.</summary>
public sealed class SmtpEmailFactory : CpdPortalFactory
{
    public LoopbackSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Provider", "Smtp");
        builder.UseSetting("Email:SmtpServer:Host", "127.0.0.1");
        builder.UseSetting("Email:SmtpServer:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SmtpServer:Security", "None");
        builder.UseSetting("Email:SmtpServer:Timeout", "00:00:02");
        builder.UseSetting("Email:Sending:MaxAttempts", "2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

/// <summary>Helpers the email tests share.</summary>
public static class EmailTestData
{
    /// <summary>A new session of a live course, starting at <paramref name="startsAt"/>, with room for everyone.</summary>
    public static Task<int> NewSessionAsync(this CpdPortalFactory factory, DateTimeOffset startsAt, string title = "Safeguarding children level 3") =>
        factory.WithDbAsync(async db =>
        {
            var course = await db.Courses.Where(c => c.RetiredOn == null).OrderBy(c => c.Id).FirstAsync();
            var now = factory.Clock.GetUtcNow();
            var session = new CourseSession(course, new SessionDetails(startsAt, startsAt.AddHours(3), "Room 4, Civic Centre", null, 30, "Lee Harris"), DateOnly.FromDateTime(now.UtcDateTime), now);
            db.CourseSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>Runs the outbox sender once in a fresh scope.</summary>
    public static Task<DispatchResult> SendDueAsync(this CpdPortalFactory factory) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<EmailDispatchService>().SendDueAsync());

    public static Task<T> WithServiceAsync<TService, T>(this CpdPortalFactory factory, Func<TService, Task<T>> action)
        where TService : notnull =>
        factory.WithScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    public static Task<int> ExecuteAsync(this CpdPortalFactory factory, Func<CpdPortalDbContext, Task<int>> action) => factory.WithDbAsync(action);
}
