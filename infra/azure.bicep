// Entra Ask in Azure: the bot on App Service (Node 20), Azure Bot with the Teams channel and the
// SSO OAuth connection, a user-assigned managed identity, Key Vault for the secret (app settings
// are Key Vault references), Application Insights on a Log Analytics workspace, an optional link
// to the workspace that holds the tenant's Entra logs (KQL questions), optional Azure Data Explorer
// settings, a storage container for conversation state and CSV downloads shared by every instance
// (so the plan can scale out), and the daily snapshot export (`entra-ask export`) as a Container Apps job on a cron
// schedule. Deployed by the Agents Toolkit's arm/deploy (m365agents.yml); every `output` below is
// written back into env/.env.<environment>. Step by step: README.md, "Deploying to a tenant".

targetScope = 'resourceGroup'

@minLength(4)
@maxLength(20)
@description('Base of every resource name (lowercase letters and digits).')
param resourceBaseName string

@description('Region of the regional resources (the bot registration itself is global).')
param location string = resourceGroup().location

@maxLength(42)
@description('The bot\'s display name in the Bot Framework.')
param botDisplayName string = 'Entra Ask'

@minLength(36)
@maxLength(36)
@description('Client id of the Entra app registration (BOT_ID): the bot\'s identity, SSO resource and Graph client. Required: without it the bot would accept unauthenticated requests, so an empty value fails the deployment.')
param botAadAppClientId string

@secure()
@description('Its client secret (SECRET_BOT_PASSWORD from env/.env.<env>.user). Stored in Key Vault only.')
param botAadAppClientSecret string

@description('Tenant of the app registration; the bot accepts messages from this tenant only.')
param botTenantId string = tenant().tenantId

@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('App Service plan SKU (B1 or larger: the bot needs Always On).')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(30)
@description('Instances of the bot (App Service plan workers). More than one is safe: conversation state and CSV downloads are in the state container below (B1 allows up to 3, S1 10, P1v3 30).')
param webAppInstances int = 1

@allowed(['appOnly', 'delegated'])
@description('How the bot reads Graph: appOnly (its application permissions) or delegated (the Teams user\'s SSO token, on-behalf-of).')
param graphMode string = 'appOnly'

@description('Comma-separated UPNs of emergency-access accounts to watch (privileged.breakGlass).')
param breakGlassAccounts string = ''

@description('Delegated Graph scopes the SSO OAuth connection asks for; keep in step with infra/entra-app.manifest.json (a test checks).')
param ssoScopes string = 'Application.Read.All AuditLog.Read.All Directory.Read.All EntitlementManagement.Read.All GroupMember.Read.All IdentityRiskEvent.Read.All IdentityRiskyServicePrincipal.Read.All IdentityRiskyUser.Read.All LicenseAssignment.Read.All Policy.Read.All Policy.Read.ConditionalAccess RoleEligibilitySchedule.Read.Directory RoleManagement.Read.Directory User.Read User.Read.All UserAuthenticationMethod.Read.All'

@description('Optional: resource id of an existing Log Analytics workspace that receives the Entra sign-in and audit logs. The managed identity gets Log Analytics Reader on it.')
param entraLogsWorkspaceId string = ''

@description('Optional: Azure Data Explorer cluster URI (https://<cluster>.<region>.kusto.windows.net) for snapshots and reports.')
param adxClusterUri string = ''

@description('Optional: the Azure Data Explorer database.')
param adxDatabase string = ''

@description('Container image for the daily export job (built from the repository\'s Dockerfile into the registry below). Empty: no job yet.')
param exportImage string = ''

@description('Cron schedule (UTC) of the export job; default every day at 02:00.')
param exportSchedule string = '0 2 * * *'

@description('Where `entra-ask export --to` writes: adx when an Azure Data Explorer cluster is configured, else the embedded store on an Azure Files share mounted at /data (ENTRA_ASK_DATA of the image).')
param exportTarget string = empty(adxClusterUri) ? 'embedded' : 'adx'

var names = {
  identity: '${resourceBaseName}-id'
  logs: '${resourceBaseName}-logs'
  insights: '${resourceBaseName}-ai'
  vault: take('${resourceBaseName}kv${uniqueString(resourceGroup().id)}', 24)
  plan: '${resourceBaseName}-plan'
  site: '${resourceBaseName}${uniqueString(resourceGroup().id)}'
  bot: '${resourceBaseName}-bot'
  registry: take('${resourceBaseName}acr${uniqueString(resourceGroup().id)}', 50)
  jobsEnv: '${resourceBaseName}-jobs'
  job: '${resourceBaseName}-export'
  // Storage account names: 3-24 lowercase letters and digits.
  stateStorage: '${take(resourceBaseName, 6)}state${uniqueString(resourceGroup().id)}'
  stateContainer: 'entra-ask-state'
}
var oauthConnectionName = 'graph-sso'
// Built-in role definition ids.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.vault
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-client-secret'
  properties: {
    value: botAadAppClientSecret
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

var secretReference = '@Microsoft.KeyVault(SecretUri=${botSecret.properties.secretUri})'

// Settings shared by the bot and the export job (src/config/settings.ts, src/sources/graph/README.md).
var commonSettings = [
  { name: 'GRAPH_MODE', value: graphMode }
  { name: 'AZURE_TENANT_ID', value: botTenantId }
  { name: 'AZURE_CLIENT_ID', value: botAadAppClientId }
  { name: 'MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'BREAK_GLASS_ACCOUNTS', value: breakGlassAccounts }
  { name: 'LOG_ANALYTICS_WORKSPACE_ID', value: empty(entraLogsWorkspaceId) ? '' : reference(entraLogsWorkspaceId, '2023-09-01').customerId }
  { name: 'ADX_CLUSTER_URI', value: adxClusterUri }
  { name: 'ADX_DATABASE', value: adxDatabase }
]

// Conversation state and CSV downloads (issue 22), shared by every instance of the bot: one blob
// per conversation (botbuilder-azure-blobs, eTags) and short-lived downloads under `exports/`.
// Reached with the managed identity only: no account keys, no public blobs.
resource stateStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.stateStorage
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource stateBlobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: stateStorage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: stateBlobs
  name: names.stateContainer
  properties: {
    publicAccess: 'None'
  }
}

// Downloads expire after 15 minutes in the bot; this rule deletes whatever is left a day later.
resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: stateStorage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expired-csv-downloads'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${names.stateContainer}/exports/']
            }
            actions: {
              baseBlob: {
                delete: { daysAfterModificationGreaterThan: 1 }
              }
            }
          }
        }
      ]
    }
  }
}

// The bot's identity may read and write blobs in this one container, nothing else in the account.
resource identityUsesStateContainer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(stateContainer.id, identity.id, storageBlobDataContributor)
  scope: stateContainer
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: webAppInstances
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Any instance can answer any turn (state is in the container), so no sticky sessions.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // `npm start` is `node bin/entra-ask.js serve` after a build; the deploy stage has built
      // dist/ already (m365agents.yml), so the start command skips the rebuild.
      appCommandLine: 'node bin/entra-ask.js serve'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      appSettings: concat([
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'PORT', value: '8080' }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'ENTRA_ASK_DATA', value: '/home/data/entra-ask' }
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_PASSWORD', value: secretReference }
        { name: 'BOT_TYPE', value: 'SingleTenant' }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'ALLOWED_TENANTS', value: botTenantId }
        { name: 'AZURE_CLIENT_SECRET', value: secretReference }
        { name: 'OAUTH_CONNECTION_NAME', value: oauthConnectionName }
        { name: 'STATE_STORAGE', value: 'blob' }
        { name: 'STATE_STORAGE_ACCOUNT_URL', value: stateStorage.properties.primaryEndpoints.blob }
        { name: 'STATE_STORAGE_CONTAINER', value: stateContainer.name }
      ], commonSettings)
    }
  }
  dependsOn: [identityReadsSecrets, identityUsesStateContainer]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Teams SSO: the token exchange URL is the app registration's api://botid-{id} (identifierUris in
// infra/entra-app.manifest.json, webApplicationInfo.resource in appPackage/manifest.json).
resource ssoConnection 'Microsoft.BotService/botServices/connections@2022-09-15' = {
  parent: bot
  name: oauthConnectionName
  location: 'global'
  properties: {
    serviceProviderDisplayName: 'Azure Active Directory v2'
    serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'
    clientId: botAadAppClientId
    clientSecret: botAadAppClientSecret
    scopes: ssoScopes
    parameters: [
      { key: 'tenantID', value: botTenantId }
      { key: 'tokenExchangeUrl', value: 'api://botid-${botAadAppClientId}' }
    ]
  }
}

// KQL questions over the tenant's own Entra logs: read access to that workspace, wherever it lives.
module entraLogsReader 'modules/workspace-reader.bicep' = if (!empty(entraLogsWorkspaceId)) {
  name: 'entra-logs-reader'
  scope: resourceGroup(split(entraLogsWorkspaceId, '/')[2], split(entraLogsWorkspaceId, '/')[4])
  params: {
    workspaceName: last(split(entraLogsWorkspaceId, '/'))
    principalId: identity.properties.principalId
  }
}

// The daily snapshot export (issue 7): a Container Apps job on a cron trigger, with the bot's
// settings and identity. Its image is built from the repository's Dockerfile into this registry
// (`az acr build`, README); until EXPORT_IMAGE is set, only the registry exists.
resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: names.registry
  location: location
  sku: { name: 'Basic' }
  properties: {
    adminUserEnabled: false
  }
}

resource identityPullsImages 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPull)
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
  }
}

// The embedded store keeps its snapshots across runs on an Azure Files share mounted at /data.
var embeddedExport = !empty(exportImage) && exportTarget == 'embedded'

resource snapshotsStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (embeddedExport) {
  name: take('${resourceBaseName}st${uniqueString(resourceGroup().id)}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource snapshotsFiles 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = if (embeddedExport) {
  parent: snapshotsStorage
  name: 'default'
}

resource snapshotsShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = if (embeddedExport) {
  parent: snapshotsFiles
  name: 'snapshots'
  properties: {
    shareQuota: 100
  }
}

resource jobsEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = if (!empty(exportImage)) {
  name: names.jobsEnv
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource jobsSnapshotsStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = if (embeddedExport) {
  parent: jobsEnvironment
  name: 'snapshots'
  properties: {
    azureFile: {
      accountName: snapshotsStorage.name
      accountKey: snapshotsStorage.listKeys().keys[0].value
      shareName: snapshotsShare.name
      accessMode: 'ReadWrite'
    }
  }
}

resource exportJob 'Microsoft.App/jobs@2024-03-01' = if (!empty(exportImage)) {
  name: names.job
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    environmentId: jobsEnvironment.id
    configuration: {
      triggerType: 'Schedule'
      replicaTimeout: 3600
      replicaRetryLimit: 1
      scheduleTriggerConfig: {
        cronExpression: exportSchedule
        parallelism: 1
        replicaCompletionCount: 1
      }
      secrets: [
        { name: 'graph-client-secret', keyVaultUrl: botSecret.properties.secretUri, identity: identity.id }
      ]
      registries: [
        { server: registry.properties.loginServer, identity: identity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'export'
          image: exportImage
          command: ['node', 'bin/entra-ask.js']
          args: ['export', '--to', exportTarget]
          env: concat(map(filter(commonSettings, s => s.name != 'GRAPH_MODE'), s => { name: s.name, value: s.value }), [
            // The export reads the whole directory as the application, never as a user.
            { name: 'GRAPH_MODE', value: 'appOnly' }
            { name: 'AZURE_CLIENT_SECRET', secretRef: 'graph-client-secret' }
          ])
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          volumeMounts: embeddedExport ? [{ volumeName: 'snapshots', mountPath: '/data' }] : []
        }
      ]
      volumes: embeddedExport ? [{ name: 'snapshots', storageType: 'AzureFile', storageName: 'snapshots' }] : []
    }
  }
  dependsOn: [identityReadsSecrets, identityPullsImages, jobsSnapshotsStorage]
}

// Written back into env/.env.<environment> by the toolkit.
output AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output BOT_DOMAIN string = site.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${site.properties.defaultHostName}'
output OAUTH_CONNECTION_NAME string = oauthConnectionName
output KEY_VAULT_NAME string = vault.name
output MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output APPLICATIONINSIGHTS_CONNECTION_STRING string = insights.properties.ConnectionString
output CONTAINER_REGISTRY_LOGIN_SERVER string = registry.properties.loginServer
output STATE_STORAGE_ACCOUNT_URL string = stateStorage.properties.primaryEndpoints.blob
output STATE_STORAGE_CONTAINER string = stateContainer.name
output EXPORT_JOB_NAME string = empty(exportImage) ? '' : names.job
