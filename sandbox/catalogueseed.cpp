#include "catalogueseed.h"

#include <QJsonObject>

namespace isc::sandbox {

namespace {

enum class Features {
    Dir,
    Saas,
    Prov,
    Hr,
    Db,
    Unstr,
    Read,
    Erp,
    Pam,
    Cloud,
    Unix,
    Main,
    None,
    Empty
};
enum class Category {
    Directory,
    Hr,
    Cloud,
    Database,
    Erp,
    Itsm,
    Collaboration,
    Security,
    Devops,
    Crm,
    Finance,
    File,
    Mainframe,
    Healthcare,
    Other,
};
enum class Platform { Ccg, Saas };
enum class Status { Released, Deprecated, Development };

struct Seed
{
    const char16_t *name;
    const char16_t *type;
    const char16_t *scriptName;
    const char16_t *className; // null: the DTO's className is null
    Features features;
    bool directConnect;
    Category category;
    Platform platform;
    Status status;
};

// clang-format off
const Seed seeds[] = {
    {u"Active Directory", u"Active Directory - Direct", u"active-directory", u"sailpoint.connector.ADLDAPConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Azure Active Directory", u"Azure Active Directory", u"azure-active-directory", u"sailpoint.connector.AzureADConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Microsoft Entra ID", u"Microsoft Entra ID", u"microsoft-entra-id", nullptr, Features::Saas, true, Category::Directory, Platform::Saas, Status::Released},
    {u"LDAP", u"LDAP - Direct", u"ldap", u"sailpoint.connector.LDAPConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"OpenLDAP", u"OpenLDAP - Direct", u"openldap", u"sailpoint.connector.OpenLDAPConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Oracle Internet Directory", u"Oracle Internet Directory - Direct", u"oracle-internet-directory", u"sailpoint.connector.OIDConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"IBM Security Directory Server", u"IBM Security Directory Server - Direct", u"ibm-tivoli-directory-server", u"sailpoint.connector.TivoliDirectoryServerConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Sun ONE Directory Server", u"SunOne - Direct", u"sunone-direct", u"sailpoint.connector.SunOneDirectConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Novell eDirectory", u"Novell eDirectory - Direct", u"novell-edirectory", u"sailpoint.connector.EDirectoryConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Deprecated},
    {u"Okta", u"Okta", u"okta", u"sailpoint.connector.OktaConnector", Features::Saas, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"Okta Workforce Identity", u"Okta Workforce Identity", u"okta-workforce-identity", nullptr, Features::Saas, true, Category::Directory, Platform::Saas, Status::Released},
    {u"Ping Identity", u"Ping Identity", u"ping-identity", nullptr, Features::Saas, true, Category::Directory, Platform::Saas, Status::Released},
    {u"PingOne", u"PingOne", u"pingone", nullptr, Features::Saas, true, Category::Directory, Platform::Saas, Status::Released},
    {u"OneLogin", u"OneLogin", u"onelogin", nullptr, Features::Saas, true, Category::Directory, Platform::Saas, Status::Released},
    {u"Google Workspace", u"Google Workspace", u"google-workspace", u"sailpoint.connector.GoogleAppsConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Released},
    {u"G Suite", u"GoogleApps - Direct", u"google-apps", u"sailpoint.connector.GoogleAppsConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Development},
    {u"Microsoft Office 365", u"Office365 - Direct", u"office365", u"sailpoint.connector.Office365Connector", Features::Saas, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Microsoft Teams", u"Microsoft Teams", u"microsoft-teams", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Microsoft SharePoint Online", u"SharePoint Online", u"sharepoint-online", u"sailpoint.connector.SharePointOnlineConnector", Features::Unstr, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Microsoft SharePoint Server", u"SharePoint Server - Direct", u"sharepoint-server", u"sailpoint.connector.SharePointRWConnector", Features::Unstr, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Microsoft Exchange Online", u"Exchange Online", u"exchange-online", nullptr, Features::Saas, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Microsoft Exchange Server", u"Exchange Server - Direct", u"exchange-server", u"sailpoint.connector.ExchangeConnector", Features::Prov, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Slack", u"Slack", u"slack", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Zoom", u"Zoom", u"zoom", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Webex", u"Cisco Webex", u"cisco-webex", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Box", u"Box", u"box", u"sailpoint.connector.BoxNetConnector", Features::Unstr, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Dropbox Business", u"Dropbox", u"dropbox", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"DocuSign", u"DocuSign", u"docusign", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Adobe Creative Cloud", u"Adobe Creative Cloud", u"adobe-creative-cloud", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Smartsheet", u"Smartsheet", u"smartsheet", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Asana", u"Asana", u"asana", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Monday.com", u"Monday.com", u"monday-com", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Miro", u"Miro", u"miro", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Confluence Cloud", u"Atlassian Confluence Cloud", u"confluence-cloud", nullptr, Features::Saas, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Confluence Server", u"Atlassian Confluence Server", u"confluence-server", u"sailpoint.connector.OpenConnectorAdapter", Features::Saas, true, Category::Collaboration, Platform::Ccg, Status::Released},
    {u"Jira Cloud", u"Atlassian Jira Cloud", u"jira-cloud", nullptr, Features::Saas, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"Jira Server", u"Atlassian Jira Server", u"jira-server", u"sailpoint.connector.OpenConnectorAdapter", Features::Saas, true, Category::Itsm, Platform::Ccg, Status::Released},
    {u"Atlassian Cloud", u"Atlassian Cloud", u"atlassian-cloud", nullptr, Features::Saas, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"ServiceNow", u"ServiceNow", u"servicenow", u"sailpoint.connector.ServiceNowConnector", Features::Saas, true, Category::Itsm, Platform::Ccg, Status::Released},
    {u"ServiceNow Service Desk", u"ServiceNow Service Desk", u"servicenow-service-desk", u"sailpoint.connector.ServiceNowServiceDeskConnector", Features::Prov, false, Category::Itsm, Platform::Ccg, Status::Released},
    {u"BMC Helix ITSM", u"BMC Helix ITSM", u"bmc-helix-itsm", u"sailpoint.connector.OpenConnectorAdapter", Features::Saas, true, Category::Itsm, Platform::Ccg, Status::Released},
    {u"BMC Remedy AR System", u"BMC Remedy - Direct", u"bmc-remedy", u"sailpoint.connector.RemedyConnector", Features::Prov, true, Category::Itsm, Platform::Ccg, Status::Deprecated},
    {u"Cherwell Service Management", u"Cherwell", u"cherwell", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Itsm, Platform::Ccg, Status::Released},
    {u"Freshservice", u"Freshservice", u"freshservice", nullptr, Features::Prov, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"Zendesk", u"Zendesk", u"zendesk", nullptr, Features::Saas, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"PagerDuty", u"PagerDuty", u"pagerduty", nullptr, Features::Prov, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"Ivanti Service Manager", u"Ivanti Service Manager", u"ivanti-service-manager", nullptr, Features::Prov, true, Category::Itsm, Platform::Saas, Status::Released},
    {u"Salesforce", u"Salesforce", u"salesforce", u"sailpoint.connector.SalesforceConnector", Features::Saas, true, Category::Crm, Platform::Ccg, Status::Released},
    {u"Salesforce Commerce Cloud", u"Salesforce Commerce Cloud", u"salesforce-commerce-cloud", nullptr, Features::Prov, true, Category::Crm, Platform::Saas, Status::Released},
    {u"Microsoft Dynamics 365", u"Dynamics 365 CRM", u"dynamics-365-crm", u"sailpoint.connector.DynamicsCRMConnector", Features::Saas, true, Category::Crm, Platform::Ccg, Status::Released},
    {u"Microsoft Dynamics 365 Finance and Operations", u"Dynamics 365 Finance and Operations", u"dynamics-365-fo", nullptr, Features::Saas, true, Category::Erp, Platform::Saas, Status::Released},
    {u"HubSpot", u"HubSpot", u"hubspot", nullptr, Features::Prov, true, Category::Crm, Platform::Saas, Status::Released},
    {u"SugarCRM", u"SugarCRM", u"sugarcrm", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Crm, Platform::Ccg, Status::Released},
    {u"Zoho CRM", u"Zoho CRM", u"zoho-crm", nullptr, Features::Prov, true, Category::Crm, Platform::Saas, Status::Released},
    {u"Veeva Vault", u"Veeva Vault", u"veeva-vault", nullptr, Features::Saas, true, Category::Crm, Platform::Saas, Status::Released},
    {u"Workday", u"Workday", u"workday", u"sailpoint.connector.WorkdayConnector", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"Workday Accounts", u"Workday Accounts", u"workday-accounts", nullptr, Features::Saas, true, Category::Hr, Platform::Saas, Status::Released},
    {u"SAP SuccessFactors", u"SuccessFactors", u"successfactors", u"sailpoint.connector.SuccessFactorsConnector", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"SAP HR/HCM", u"SAP HR - Direct", u"sap-hr", u"sailpoint.connector.SAPHRConnector", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"Oracle HCM Cloud", u"Oracle HCM Cloud", u"oracle-hcm-cloud", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Oracle PeopleSoft HCM", u"PeopleSoft HCM Database", u"peoplesoft-hcm-database", u"sailpoint.connector.PeopleSoftHRMSConnector", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"ADP Workforce Now", u"ADP Workforce Now", u"adp-workforce-now", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"UKG Pro", u"UKG Pro", u"ukg-pro", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"UKG Ready", u"UKG Ready", u"ukg-ready", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Kronos Workforce Central", u"Kronos - Direct", u"kronos", u"sailpoint.connector.OpenConnectorAdapter", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Deprecated},
    {u"Ceridian Dayforce", u"Ceridian Dayforce", u"ceridian-dayforce", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"BambooHR", u"BambooHR", u"bamboohr", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Namely", u"Namely", u"namely", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Paychex Flex", u"Paychex Flex", u"paychex-flex", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Personio", u"Personio", u"personio", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"HiBob", u"HiBob", u"hibob", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Rippling", u"Rippling", u"rippling", nullptr, Features::Hr, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Cornerstone OnDemand", u"Cornerstone OnDemand", u"cornerstone-ondemand", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"SAP ERP", u"SAP - Direct", u"sap", u"sailpoint.connector.SAPConnector", Features::Erp, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"SAP S/4HANA Cloud", u"SAP S/4HANA Cloud", u"sap-s4hana-cloud", nullptr, Features::Erp, true, Category::Erp, Platform::Saas, Status::Released},
    {u"SAP GRC", u"SAP GRC", u"sap-grc", u"sailpoint.connector.SAPGRCConnector", Features::Prov, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"SAP HANA Database", u"SAP HANA Database", u"sap-hana", u"sailpoint.connector.SAPHANAConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"SAP Portal", u"SAP Portal - UME", u"sap-portal", u"sailpoint.connector.SAPPortalConnector", Features::Prov, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"SAP Ariba", u"SAP Ariba", u"sap-ariba", nullptr, Features::Saas, true, Category::Erp, Platform::Saas, Status::Released},
    {u"SAP Concur", u"SAP Concur", u"sap-concur", nullptr, Features::Saas, true, Category::Finance, Platform::Saas, Status::Released},
    {u"SAP Cloud Identity Services", u"SAP Cloud Identity Services", u"sap-cloud-identity", nullptr, Features::Saas, true, Category::Erp, Platform::Saas, Status::Released},
    {u"SAP BusinessObjects", u"SAP BusinessObjects", u"sap-businessobjects", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"Oracle E-Business Suite", u"Oracle E-Business Suite", u"oracle-ebs", u"sailpoint.connector.OracleApplicationsConnector", Features::Erp, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"Oracle ERP Cloud", u"Oracle ERP Cloud", u"oracle-erp-cloud", nullptr, Features::Erp, true, Category::Erp, Platform::Saas, Status::Released},
    {u"Oracle NetSuite", u"NetSuite", u"netsuite", nullptr, Features::Saas, true, Category::Erp, Platform::Saas, Status::Released},
    {u"Oracle Fusion Applications", u"Oracle Fusion", u"oracle-fusion", nullptr, Features::Erp, true, Category::Erp, Platform::Saas, Status::Released},
    {u"Oracle Siebel CRM", u"Siebel - Direct", u"siebel", u"sailpoint.connector.SiebelConnector", Features::Prov, true, Category::Crm, Platform::Ccg, Status::Deprecated},
    {u"PeopleSoft Financials", u"PeopleSoft - Direct", u"peoplesoft", u"sailpoint.connector.PeopleSoftConnector", Features::Erp, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"Infor CloudSuite", u"Infor CloudSuite", u"infor-cloudsuite", nullptr, Features::Prov, true, Category::Erp, Platform::Saas, Status::Released},
    {u"Epicor ERP", u"Epicor", u"epicor", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"Coupa", u"Coupa", u"coupa", nullptr, Features::Saas, true, Category::Finance, Platform::Saas, Status::Released},
    {u"Workday Financials", u"Workday Financials", u"workday-financials", nullptr, Features::Saas, true, Category::Finance, Platform::Saas, Status::Released},
    {u"Anaplan", u"Anaplan", u"anaplan", nullptr, Features::Prov, true, Category::Finance, Platform::Saas, Status::Released},
    {u"BlackLine", u"BlackLine", u"blackline", nullptr, Features::Prov, true, Category::Finance, Platform::Saas, Status::Released},
    {u"Expensify", u"Expensify", u"expensify", nullptr, Features::Prov, true, Category::Finance, Platform::Saas, Status::Released},
    {u"QuickBooks Online", u"QuickBooks Online", u"quickbooks-online", nullptr, Features::Prov, true, Category::Finance, Platform::Saas, Status::Released},
    {u"Xero", u"Xero", u"xero", nullptr, Features::Prov, true, Category::Finance, Platform::Saas, Status::Released},
    {u"JDBC", u"JDBC", u"jdbc", u"sailpoint.connector.JDBCConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Oracle Database", u"Oracle Database - Direct", u"oracle-database", u"sailpoint.connector.OracleDBConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Microsoft SQL Server", u"Microsoft SQL Server - Direct", u"mssql-server", u"sailpoint.connector.MSSQLServerConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Azure SQL Database", u"Azure SQL Database", u"azure-sql-database", nullptr, Features::Db, true, Category::Database, Platform::Saas, Status::Released},
    {u"MySQL", u"MySQL", u"mysql", u"sailpoint.connector.MySQLConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"PostgreSQL", u"PostgreSQL", u"postgresql", u"sailpoint.connector.PostgreSQLConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"IBM DB2", u"IBM DB2 - Direct", u"ibm-db2", u"sailpoint.connector.DB2Connector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"IBM DB2 for z/OS", u"IBM DB2 z/OS", u"ibm-db2-zos", u"sailpoint.connector.OpenConnectorAdapter", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Sybase ASE", u"Sybase - Direct", u"sybase", u"sailpoint.connector.SybaseDirectConnector", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Teradata", u"Teradata", u"teradata", u"sailpoint.connector.OpenConnectorAdapter", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Snowflake", u"Snowflake", u"snowflake", nullptr, Features::Db, true, Category::Database, Platform::Saas, Status::Released},
    {u"MongoDB Atlas", u"MongoDB Atlas", u"mongodb-atlas", nullptr, Features::Prov, true, Category::Database, Platform::Saas, Status::Released},
    {u"Databricks", u"Databricks", u"databricks", nullptr, Features::Prov, true, Category::Database, Platform::Saas, Status::Released},
    {u"Amazon Redshift", u"Amazon Redshift", u"amazon-redshift", u"sailpoint.connector.OpenConnectorAdapter", Features::Db, true, Category::Database, Platform::Ccg, Status::Released},
    {u"Google BigQuery", u"Google BigQuery", u"google-bigquery", nullptr, Features::Prov, true, Category::Database, Platform::Saas, Status::Released},
    {u"Delimited File", u"DelimitedFile", u"delimited-file", u"sailpoint.connector.DelimitedFileConnector", Features::Read, false, Category::File, Platform::Ccg, Status::Released},
    {u"Delimited File (Angular)", u"DelimitedFile", u"delimited-file-angularsc", u"sailpoint.connector.DelimitedFileConnector", Features::Read, false, Category::File, Platform::Ccg, Status::Released},
    {u"Flat File", u"Flat File - Non-Employee", u"flat-file", nullptr, Features::Empty, false, Category::File, Platform::Ccg, Status::Released},
    {u"Web Services", u"Web Services", u"web-services", u"sailpoint.connector.WebServicesConnector", Features::Saas, true, Category::Other, Platform::Ccg, Status::Released},
    {u"SCIM 2.0", u"SCIM 2.0", u"scim2", u"sailpoint.connector.SCIM2Connector", Features::Saas, true, Category::Other, Platform::Ccg, Status::Released},
    {u"SCIM 1.1", u"SCIM 1.1", u"scim", u"sailpoint.connector.SCIMConnector", Features::Saas, true, Category::Other, Platform::Ccg, Status::Deprecated},
    {u"Generic Connector", u"Generic", u"generic", nullptr, Features::None, false, Category::Other, Platform::Ccg, Status::Released},
    {u"Non-Employee Risk Management", u"Non-Employee", u"non-employee", nullptr, Features::None, false, Category::Hr, Platform::Saas, Status::Released},
    {u"RSA Authentication Manager", u"RSA Authentication Manager", u"rsa-authentication-manager", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Security, Platform::Ccg, Status::Released},
    {u"CyberArk Privilege Cloud", u"CyberArk Privilege Cloud", u"cyberark-privilege-cloud", nullptr, Features::Pam, true, Category::Security, Platform::Saas, Status::Released},
    {u"CyberArk PAM", u"CyberArk - Direct", u"cyberark", u"sailpoint.connector.CyberArkConnector", Features::Pam, true, Category::Security, Platform::Ccg, Status::Released},
    {u"BeyondTrust Password Safe", u"BeyondTrust Password Safe", u"beyondtrust-password-safe", u"sailpoint.connector.OpenConnectorAdapter", Features::Pam, true, Category::Security, Platform::Ccg, Status::Released},
    {u"Delinea Secret Server", u"Delinea Secret Server", u"delinea-secret-server", u"sailpoint.connector.OpenConnectorAdapter", Features::Pam, true, Category::Security, Platform::Ccg, Status::Released},
    {u"HashiCorp Vault", u"HashiCorp Vault", u"hashicorp-vault", nullptr, Features::Pam, true, Category::Security, Platform::Saas, Status::Released},
    {u"Duo Security", u"Duo Security", u"duo-security", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"CrowdStrike Falcon", u"CrowdStrike Falcon", u"crowdstrike-falcon", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"Palo Alto Networks Prisma Cloud", u"Prisma Cloud", u"prisma-cloud", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"Zscaler Internet Access", u"Zscaler", u"zscaler", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"Splunk Cloud", u"Splunk", u"splunk", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"Proofpoint", u"Proofpoint", u"proofpoint", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"KnowBe4", u"KnowBe4", u"knowbe4", nullptr, Features::Prov, true, Category::Security, Platform::Saas, Status::Released},
    {u"Cisco ISE", u"Cisco ISE", u"cisco-ise", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Security, Platform::Ccg, Status::Released},
    {u"Fortinet FortiGate", u"FortiGate", u"fortigate", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Security, Platform::Ccg, Status::Released},
    {u"Amazon Web Services", u"Amazon Web Services", u"aws", u"sailpoint.connector.AWSConnector", Features::Cloud, true, Category::Cloud, Platform::Ccg, Status::Released},
    {u"AWS IAM Identity Center", u"AWS IAM Identity Center", u"aws-iam-identity-center", nullptr, Features::Saas, true, Category::Cloud, Platform::Saas, Status::Released},
    {u"Microsoft Azure", u"Azure Resource Manager", u"azure-resource-manager", nullptr, Features::Cloud, true, Category::Cloud, Platform::Saas, Status::Released},
    {u"Google Cloud Platform", u"Google Cloud Platform", u"google-cloud-platform", u"sailpoint.connector.GCPConnector", Features::Cloud, true, Category::Cloud, Platform::Ccg, Status::Released},
    {u"Oracle Cloud Infrastructure", u"Oracle Cloud Infrastructure", u"oracle-cloud-infrastructure", nullptr, Features::Cloud, true, Category::Cloud, Platform::Saas, Status::Released},
    {u"IBM Cloud", u"IBM Cloud", u"ibm-cloud", nullptr, Features::Prov, true, Category::Cloud, Platform::Saas, Status::Released},
    {u"VMware vSphere", u"VMware vSphere", u"vmware-vsphere", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Cloud, Platform::Ccg, Status::Released},
    {u"Citrix Cloud", u"Citrix Cloud", u"citrix-cloud", nullptr, Features::Prov, true, Category::Cloud, Platform::Saas, Status::Released},
    {u"Linux", u"Linux - Direct", u"linux", u"sailpoint.connector.LinuxConnector", Features::Unix, true, Category::Other, Platform::Ccg, Status::Released},
    {u"Unix", u"Unix - Direct", u"unix", u"sailpoint.connector.UnixConnector", Features::Unix, true, Category::Other, Platform::Ccg, Status::Released},
    {u"AIX", u"AIX - Direct", u"aix", u"sailpoint.connector.AIXConnector", Features::Unix, true, Category::Other, Platform::Ccg, Status::Released},
    {u"Solaris", u"Solaris - Direct", u"solaris", u"sailpoint.connector.SolarisConnector", Features::Unix, true, Category::Other, Platform::Ccg, Status::Released},
    {u"HP-UX", u"HP-UX - Direct", u"hp-ux", u"sailpoint.connector.HPUXConnector", Features::Unix, true, Category::Other, Platform::Ccg, Status::Deprecated},
    {u"IBM i", u"IBM i - Direct", u"ibm-i", u"sailpoint.connector.IBMiConnector", Features::Unix, true, Category::Mainframe, Platform::Ccg, Status::Released},
    {u"IBM RACF", u"RACF - Direct", u"racf", u"sailpoint.connector.RACFConnector", Features::Main, true, Category::Mainframe, Platform::Ccg, Status::Released},
    {u"CA Top Secret", u"Top Secret - Direct", u"top-secret", u"sailpoint.connector.TopSecretConnector", Features::Main, true, Category::Mainframe, Platform::Ccg, Status::Released},
    {u"CA ACF2", u"ACF2 - Direct", u"acf2", u"sailpoint.connector.ACF2Connector", Features::Main, true, Category::Mainframe, Platform::Ccg, Status::Released},
    {u"Windows Local", u"Windows Local - Direct", u"windows-local", u"sailpoint.connector.WindowsLocalConnector", Features::Prov, true, Category::Other, Platform::Ccg, Status::Released},
    {u"GitHub", u"GitHub", u"github", nullptr, Features::Saas, true, Category::Devops, Platform::Saas, Status::Released},
    {u"GitHub Enterprise Server", u"GitHub Enterprise Server", u"github-enterprise-server", u"sailpoint.connector.OpenConnectorAdapter", Features::Saas, true, Category::Devops, Platform::Ccg, Status::Released},
    {u"GitLab", u"GitLab", u"gitlab", nullptr, Features::Saas, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Bitbucket Cloud", u"Bitbucket", u"bitbucket", nullptr, Features::Saas, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Azure DevOps", u"Azure DevOps", u"azure-devops", nullptr, Features::Saas, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Jenkins", u"Jenkins", u"jenkins", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Devops, Platform::Ccg, Status::Released},
    {u"JFrog Artifactory", u"JFrog Artifactory", u"jfrog-artifactory", nullptr, Features::Prov, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Docker Hub", u"Docker Hub", u"docker-hub", nullptr, Features::Prov, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Datadog", u"Datadog", u"datadog", nullptr, Features::Prov, true, Category::Devops, Platform::Saas, Status::Released},
    {u"New Relic", u"New Relic", u"new-relic", nullptr, Features::Prov, true, Category::Devops, Platform::Saas, Status::Released},
    {u"Tableau Cloud", u"Tableau", u"tableau", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Power BI", u"Microsoft Power BI", u"power-bi", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Looker", u"Looker", u"looker", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Epic", u"Epic", u"epic", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Healthcare, Platform::Ccg, Status::Released},
    {u"Cerner Millennium", u"Cerner", u"cerner", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Healthcare, Platform::Ccg, Status::Released},
    {u"Meditech", u"Meditech", u"meditech", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Healthcare, Platform::Ccg, Status::Released},
    {u"Allscripts", u"Allscripts", u"allscripts", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Healthcare, Platform::Ccg, Status::Development},
    {u"Lawson", u"Infor Lawson - Direct", u"lawson", u"sailpoint.connector.LawsonConnector", Features::Erp, true, Category::Erp, Platform::Ccg, Status::Released},
    {u"Blackbaud Raiser's Edge NXT", u"Blackbaud", u"blackbaud", nullptr, Features::Prov, true, Category::Crm, Platform::Saas, Status::Released},
    {u"Canvas LMS", u"Canvas", u"canvas-lms", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Blackboard Learn", u"Blackboard", u"blackboard", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Ellucian Banner", u"Ellucian Banner", u"ellucian-banner", u"sailpoint.connector.OpenConnectorAdapter", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"Ellucian Colleague", u"Ellucian Colleague", u"ellucian-colleague", u"sailpoint.connector.OpenConnectorAdapter", Features::Hr, true, Category::Hr, Platform::Ccg, Status::Released},
    {u"Guidewire", u"Guidewire", u"guidewire", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Finance, Platform::Ccg, Status::Released},
    {u"Fiserv", u"Fiserv", u"fiserv", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Finance, Platform::Ccg, Status::Released},
    {u"Temenos T24", u"Temenos", u"temenos", u"sailpoint.connector.OpenConnectorAdapter", Features::Prov, true, Category::Finance, Platform::Ccg, Status::Development},
    {u"Marketo", u"Marketo", u"marketo", nullptr, Features::Prov, true, Category::Crm, Platform::Saas, Status::Released},
    {u"Twilio", u"Twilio", u"twilio", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Airtable", u"Airtable", u"airtable", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Notion", u"Notion", u"notion", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Figma", u"Figma", u"figma", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"LinkedIn Learning", u"LinkedIn Learning", u"linkedin-learning", nullptr, Features::Prov, true, Category::Hr, Platform::Saas, Status::Released},
    {u"Lucid", u"Lucid", u"lucid", nullptr, Features::Prov, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"Egnyte", u"Egnyte", u"egnyte", nullptr, Features::Unstr, true, Category::Collaboration, Platform::Saas, Status::Released},
    {u"NetApp ONTAP", u"NetApp File Share", u"netapp-file-share", u"sailpoint.connector.OpenConnectorAdapter", Features::Unstr, true, Category::File, Platform::Ccg, Status::Released},
    {u"Windows File Share", u"Windows File Share", u"windows-file-share", u"sailpoint.connector.OpenConnectorAdapter", Features::Unstr, true, Category::File, Platform::Ccg, Status::Released},
    {u"Amazon S3", u"Amazon S3", u"amazon-s3", nullptr, Features::Unstr, true, Category::File, Platform::Saas, Status::Released},
    {u"Google Drive", u"Google Drive", u"google-drive", nullptr, Features::Unstr, true, Category::File, Platform::Saas, Status::Released},
    {u"OneDrive for Business", u"OneDrive", u"onedrive", nullptr, Features::Unstr, true, Category::File, Platform::Saas, Status::Released},
    {u"Sailpoint IdentityIQ", u"IdentityIQ", u"identityiq", u"sailpoint.connector.IdentityIQConnector", Features::Prov, true, Category::Other, Platform::Ccg, Status::Released},
    {u"Identity Security Cloud", u"IdentityNow", u"identitynow", nullptr, Features::Prov, true, Category::Other, Platform::Saas, Status::Released},
    {u"Mainframe Custom Connector", u"Custom Mainframe", u"custom-mainframe", nullptr, Features::None, false, Category::Mainframe, Platform::Ccg, Status::Development},
    {u"Legacy Directory Bridge", u"Directory Bridge", u"directory-bridge", u"sailpoint.connector.DirectoryBridgeConnector", Features::Dir, true, Category::Directory, Platform::Ccg, Status::Development},
};
// clang-format on

QStringList featuresOf(Features features)
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            out.append(QLatin1String(name));
        return out;
    };
    switch (features) {
    case Features::Dir:
        return list({"AUTHENTICATE", "DISCOVER_SCHEMA", "ENABLE", "GROUP_PROVISIONING",
                     "MANAGER_LOOKUP", "PASSWORD", "PROVISIONING", "SEARCH", "SYNC_PROVISIONING",
                     "UNLOCK"});
    case Features::Saas:
        return list({"DISCOVER_SCHEMA", "ENABLE", "GROUP_PROVISIONING", "PROVISIONING", "SEARCH",
                     "SYNC_PROVISIONING"});
    case Features::Prov:
        return list({"PROVISIONING", "SYNC_PROVISIONING", "SEARCH"});
    case Features::Hr:
        return list({"DISCOVER_SCHEMA", "NO_RANDOM_ACCESS", "SEARCH"});
    case Features::Db:
        return list({"DIRECT_PERMISSIONS", "DISCOVER_SCHEMA", "ENABLE", "PASSWORD", "PROVISIONING",
                     "SEARCH", "UNLOCK"});
    case Features::Unstr:
        return list({"PROVISIONING", "SYNC_PROVISIONING", "SEARCH", "UNSTRUCTURED_TARGETS"});
    case Features::Read:
        return list({"NO_RANDOM_ACCESS", "DISCOVER_SCHEMA"});
    case Features::Erp:
        return list({"DISCOVER_SCHEMA", "ENABLE", "PASSWORD", "PROVISIONING", "SEARCH",
                     "SYNC_PROVISIONING", "UNLOCK"});
    case Features::Pam:
        return list({"DIRECT_PERMISSIONS", "ENABLE", "PROVISIONING", "SEARCH"});
    case Features::Cloud:
        return list({"DIRECT_PERMISSIONS", "DISCOVER_SCHEMA", "ENABLE", "GROUP_PROVISIONING",
                     "PROVISIONING", "SEARCH", "SYNC_PROVISIONING"});
    case Features::Unix:
        return list({"AUTHENTICATE", "ENABLE", "GROUP_PROVISIONING", "PASSWORD", "PROVISIONING",
                     "SEARCH", "UNLOCK"});
    case Features::Main:
        return list({"ENABLE", "PASSWORD", "PROVISIONING", "SEARCH", "UNLOCK"});
    case Features::None:
    case Features::Empty:
        return {};
    }
    return {};
}

struct CategoryTexts
{
    const char16_t *key; // the value `category eq` matches
    const char16_t *en;
    const char16_t *de;
    const char16_t *fr;
    const char16_t *es;
    const char16_t *ja;
};

CategoryTexts categoryTexts(Category category)
{
    switch (category) {
    case Category::Directory:
        return {u"directory",
                u"Manage users, groups and passwords in %1.",
                u"Verwaltet Benutzer, Gruppen und Passwörter in %1.",
                u"Gère les utilisateurs, les groupes et les mots de passe dans %1.",
                u"Administra usuarios, grupos y contraseñas en %1.",
                u"%1 のユーザー、グループ、パスワードを管理します。"};
    case Category::Hr:
        return {
            u"hr",
            u"Read workers and their employment data from %1 as an authoritative source.",
            u"Liest Mitarbeitende und ihre Beschäftigungsdaten aus %1 als maßgebliche Quelle.",
            u"Lit les employés et leurs données d'emploi depuis %1 comme source faisant autorité.",
            u"Lee los empleados y sus datos laborales de %1 como fuente autorizada.",
            u"%1 から従業員と雇用データを信頼できるソースとして読み取ります。"};
    case Category::Cloud:
        return {u"cloud",
                u"Govern identities, roles and policies in %1.",
                u"Steuert Identitäten, Rollen und Richtlinien in %1.",
                u"Gouverne les identités, les rôles et les stratégies dans %1.",
                u"Gobierna identidades, roles y políticas en %1.",
                u"%1 の ID、ロール、ポリシーを管理します。"};
    case Category::Database:
        return {u"database",
                u"Manage database accounts and privileges in %1.",
                u"Verwaltet Datenbankkonten und Berechtigungen in %1.",
                u"Gère les comptes et les privilèges de base de données dans %1.",
                u"Administra cuentas y privilegios de base de datos en %1.",
                u"%1 のデータベースアカウントと権限を管理します。"};
    case Category::Erp:
        return {u"erp",
                u"Provision users and roles in %1.",
                u"Stellt Benutzer und Rollen in %1 bereit.",
                u"Provisionne les utilisateurs et les rôles dans %1.",
                u"Aprovisiona usuarios y roles en %1.",
                u"%1 のユーザーとロールをプロビジョニングします。"};
    case Category::Itsm:
        return {u"itsm",
                u"Manage agents, groups and roles in %1.",
                u"Verwaltet Agenten, Gruppen und Rollen in %1.",
                u"Gère les agents, les groupes et les rôles dans %1.",
                u"Administra agentes, grupos y roles en %1.",
                u"%1 のエージェント、グループ、ロールを管理します。"};
    case Category::Collaboration:
        return {u"collaboration",
                u"Manage members, groups and licenses in %1.",
                u"Verwaltet Mitglieder, Gruppen und Lizenzen in %1.",
                u"Gère les membres, les groupes et les licences dans %1.",
                u"Administra miembros, grupos y licencias en %1.",
                u"%1 のメンバー、グループ、ライセンスを管理します。"};
    case Category::Security:
        return {u"security",
                u"Manage privileged accounts and access policies in %1.",
                u"Verwaltet privilegierte Konten und Zugriffsrichtlinien in %1.",
                u"Gère les comptes à privilèges et les stratégies d'accès dans %1.",
                u"Administra cuentas privilegiadas y políticas de acceso en %1.",
                u"%1 の特権アカウントとアクセスポリシーを管理します。"};
    case Category::Devops:
        return {u"devops",
                u"Manage members, teams and repository access in %1.",
                u"Verwaltet Mitglieder, Teams und Repository-Zugriffe in %1.",
                u"Gère les membres, les équipes et l'accès aux dépôts dans %1.",
                u"Administra miembros, equipos y el acceso a repositorios en %1.",
                u"%1 のメンバー、チーム、リポジトリへのアクセスを管理します。"};
    case Category::Crm:
        return {u"crm",
                u"Manage users, profiles and permission sets in %1.",
                u"Verwaltet Benutzer, Profile und Berechtigungssätze in %1.",
                u"Gère les utilisateurs, les profils et les ensembles d'autorisations dans %1.",
                u"Administra usuarios, perfiles y conjuntos de permisos en %1.",
                u"%1 のユーザー、プロファイル、権限セットを管理します。"};
    case Category::Finance:
        return {u"finance",
                u"Manage users and approval roles in %1.",
                u"Verwaltet Benutzer und Genehmigungsrollen in %1.",
                u"Gère les utilisateurs et les rôles d'approbation dans %1.",
                u"Administra usuarios y roles de aprobación en %1.",
                u"%1 のユーザーと承認ロールを管理します。"};
    case Category::File:
        return {u"file",
                u"Read accounts and entitlements from %1.",
                u"Liest Konten und Berechtigungen aus %1.",
                u"Lit les comptes et les droits depuis %1.",
                u"Lee cuentas y derechos de %1.",
                u"%1 からアカウントと権限を読み取ります。"};
    case Category::Mainframe:
        return {u"mainframe",
                u"Manage user profiles and groups in %1.",
                u"Verwaltet Benutzerprofile und Gruppen in %1.",
                u"Gère les profils utilisateur et les groupes dans %1.",
                u"Administra perfiles de usuario y grupos en %1.",
                u"%1 のユーザープロファイルとグループを管理します。"};
    case Category::Healthcare:
        return {u"healthcare",
                u"Manage clinician accounts and security roles in %1.",
                u"Verwaltet Konten von Klinikpersonal und Sicherheitsrollen in %1.",
                u"Gère les comptes des soignants et les rôles de sécurité dans %1.",
                u"Administra cuentas del personal clínico y roles de seguridad en %1.",
                u"%1 の医療従事者アカウントとセキュリティロールを管理します。"};
    case Category::Other:
        break;
    }
    return {u"other",
            u"Connect %1 to Identity Security Cloud.",
            u"Verbindet %1 mit Identity Security Cloud.",
            u"Connecte %1 à Identity Security Cloud.",
            u"Conecta %1 con Identity Security Cloud.",
            u"%1 を Identity Security Cloud に接続します。"};
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Released:
        return QStringLiteral("RELEASED");
    case Status::Deprecated:
        return QStringLiteral("DEPRECATED");
    case Status::Development:
        return QStringLiteral("DEVELOPMENT");
    }
    return {};
}

// `suffix` (0: none) makes a deterministic variant for large catalogues.
CatalogueEntry makeEntry(const Seed &seed, int suffix)
{
    CatalogueEntry entry;
    Connector &c = entry.connector;
    const QString number = QStringLiteral("%1").arg(suffix, 6, 10, QLatin1Char('0'));
    c.name = QString::fromUtf16(seed.name);
    c.type = QString::fromUtf16(seed.type);
    c.scriptName = QString::fromUtf16(seed.scriptName);
    if (suffix > 0) {
        c.name += QLatin1Char(' ') + number;
        c.scriptName += QLatin1Char('-') + number;
    }
    if (seed.className)
        c.className = QString::fromUtf16(seed.className);
    c.hasFeatures = seed.features != Features::None;
    c.features = featuresOf(seed.features);
    c.directConnect = seed.directConnect;
    c.status = statusText(seed.status);

    const CategoryTexts texts = categoryTexts(seed.category);
    entry.category = QString::fromUtf16(texts.key);
    const QString product = QString::fromUtf16(seed.name);
    c.connectorMetadata.insert(QLatin1String("supportedUI"),
                               seed.platform == Platform::Ccg ? QLatin1String("EXTJS")
                                                              : QLatin1String("ANGULAR"));
    c.connectorMetadata.insert(QLatin1String("platform"),
                               seed.platform == Platform::Ccg ? QLatin1String("ccg")
                                                              : QLatin1String("saas"));
    c.connectorMetadata.insert(QLatin1String("shortDesc"),
                               QString::fromUtf16(texts.en).arg(product));
    entry.localizedShortDesc = {
        QString::fromUtf16(texts.de).arg(product), QString::fromUtf16(texts.fr).arg(product),
        QString::fromUtf16(texts.es).arg(product), QString::fromUtf16(texts.ja).arg(product)};
    return entry;
}

} // namespace

int seedReleasedCount()
{
    int count = 0;
    for (const Seed &seed : seeds)
        count += seed.status == Status::Released ? 1 : 0;
    return count;
}

QList<CatalogueEntry> seedCatalogue(int connectorCount)
{
    QList<CatalogueEntry> entries;
    QList<const Seed *> released;
    for (const Seed &seed : seeds) {
        if (seed.status == Status::Released)
            released.append(&seed);
        else
            entries.append(makeEntry(seed, 0)); // never listed, always present
    }
    const qsizetype wanted = connectorCount < 0 ? released.size() : connectorCount;
    entries.reserve(entries.size() + wanted);
    for (qsizetype i = 0; i < wanted; ++i) {
        const qsizetype round = i / released.size();
        entries.append(makeEntry(*released.at(i % released.size()), int(round == 0 ? 0 : i)));
    }
    return entries;
}

} // namespace isc::sandbox
