using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Vitrin.Api.Infrastructure;

/// <summary>
/// <c>Network:TrustedProxies</c>: addresses or CIDR networks of the reverse proxies in front of the API
/// (nginx). Only a request arriving from one of them has its client address and scheme taken from
/// <c>X-Forwarded-For</c>/<c>-Proto</c>, and only the last hop is read (nginx overwrites the header with
/// the address it saw), so a client cannot choose the IP that rate limits and logs key on.
/// Unset: the headers are ignored.
/// </summary>
public static class TrustedProxies
{
    public static void AddVitrinForwardedHeaders(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("Network:TrustedProxies").Get<string[]>()
            ?? (builder.Configuration["Network:TrustedProxies"] is { Length: > 0 } list ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : []);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
    }
}
